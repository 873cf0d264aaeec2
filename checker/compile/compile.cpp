// Rules and statements: scopes, for/let/require, message templates, and the
// pack as a whole. Expressions are in compile_expr.cpp and compile_call.cpp.
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace granska::checker {

namespace {

severity convert(ast::severity s) {
    switch (s) {
    case ast::severity::error:
        return severity::error;
    case ast::severity::warning:
        return severity::warning;
    case ast::severity::info:
        return severity::info;
    }
    return severity::error;
}

// What cannot be decided when a for's collection cannot be computed, by the
// function that computes it: "vilka år regeln ska pröva".
std::string collection_consequence(const std::string& collection) {
    static const std::pair<std::string_view, std::string_view> table[]{
        {"years(", "vilka år regeln ska pröva"},
        {"mandate_periods(", "vilka mandatperioder regeln ska pröva"},
        {"gaps(", "vilka perioder regeln ska pröva"},
    };
    for (const auto& [function, consequence] : table)
        if (collection.rfind(function, 0) == 0)
            return std::string(consequence);
    return "vad regeln ska pröva";
}

} // namespace

namespace detail {

std::unique_ptr<compiled_rule> compiler::rule(const ast::rule& r, const std::string& pack_document,
                                              const std::string& pack_id) {
    auto out = std::make_unique<compiled_rule>();
    out->info.id = r.id;
    out->info.title = r.title;
    out->info.level = convert(r.level);
    out->info.per_municipality = r.cite.per_municipality;
    out->info.statute = r.cite.statute;
    if (!r.cite.per_municipality)
        out->info.cite = {r.cite.document.value_or(pack_document), r.cite.section, r.cite.clause};
    if (r.cite.statute)
        out->info.cite.section = r.cite.chapter > 0
                                     ? fmt::format("{} kap. {} §", r.cite.chapter, r.cite.paragraph)
                                     : fmt::format("{} §", r.cite.paragraph);
    out->info.note = r.note.value_or("");
    out->info.same_fact_as = r.same_fact_as.value_or("");
    out->info.pack = pack_id;
    out->info.file = parsed_.file;
    out->info.line = parsed_.where(r).line;
    if (!r.cite.per_municipality && out->info.cite.document.empty())
        error(r.cite,
              "citatet saknar dokument: ange document \"…\" i citatet eller i paketets huvud");

    current_ = out.get();
    slots_ = 0;
    let_data_.clear(); // slots are numbered afresh in every rule
    scopes_.clear();
    push_scope();
    subject_slots_.clear();
    require_sources_.clear();
    const std::size_t errors_before = errors_.size();
    out->body = statements(r.body);
    pop_scope();
    out->slot_count = slots_;
    out->require_count = require_sources_.size();
    out->coverage = std::make_unique<require_coverage[]>(out->require_count);
    for (std::size_t i = 0; i < require_sources_.size(); ++i) {
        out->coverage[i].condition = require_sources_[i].first;
        out->coverage[i].line = require_sources_[i].second;
    }
    // A require that did not compile is not counted; it has its own error, and
    // "no require" on top of it would tell the author something untrue.
    if (out->require_count == 0 && errors_.size() == errors_before)
        error(r, fmt::format("regeln {} har ingen require: den kan aldrig ge något fynd", r.id));
    current_ = nullptr;
    if (errors_.size() != errors_before)
        return nullptr;
    return out;
}

std::vector<stmt_fn> compiler::statements(const std::vector<ast::statement>& body) {
    std::vector<stmt_fn> out;
    for (const auto& s : body)
        if (auto f = statement(s))
            out.push_back(std::move(*f));
    return out;
}

std::optional<stmt_fn> compiler::statement(const ast::statement& s) {
    if (const auto* let = boost::get<ast::let_statement>(&s)) {
        std::vector<datum_probe> data;
        auto value = expression_noting_data(let->value, data);
        if (!value)
            return std::nullopt;
        if (scopes_.back().count(let->name.name)) {
            error(let->name, fmt::format("'{}' är redan definierad i samma block", let->name.name));
            return std::nullopt;
        }
        const std::size_t slot = declare(let->name.name, value->t);
        let_data_[slot] = std::move(data);
        auto fn = value->fn;
        return stmt_fn{[slot, fn](eval_context& c) { c.slots[slot] = fn(c); }};
    }
    if (const auto* loop = boost::get<x3::forward_ast<ast::for_statement>>(&s)) {
        const auto& f = loop->get();
        std::vector<datum_probe> data;
        auto coll = expression_noting_data(f.collection, data);
        if (!coll)
            return std::nullopt;
        if (coll->t.kind != type_kind::list) {
            error(f.collection,
                  fmt::format("for kräver en lista efter 'in', fick {}", describe(coll->t)));
            return std::nullopt;
        }
        push_scope();
        const std::size_t slot = declare(f.variable.name, coll->t.element_type());
        std::optional<typed> filter;
        if (f.filter) {
            filter = where_condition(*f.filter);
            if (!filter) {
                pop_scope();
                return std::nullopt;
            }
        }
        subject_slots_.push_back(slot);
        auto body = statements(f.body);
        subject_slots_.pop_back();
        pop_scope();
        const bound_elements visit{coll->fn, coll->t.element, slot,
                                   filter ? filter->fn : expr_fn{}};
        // A collection that cannot be computed (a date it needs is missing)
        // is a finding of its own: the rule can't be decided, never a pass.
        auto unknown = std::make_shared<require_info>();
        unknown->level = current_->info.level;
        unknown->index = require_sources_.size();
        unknown->data = std::move(data);
        unknown->undecided = collection_consequence(coll->text);
        require_sources_.emplace_back("for " + f.variable.name + " in " + coll->text,
                                      parsed_.where(f).line);
        auto* cov = current_;
        return stmt_fn{[visit, body, unknown, cov](eval_context& c) {
            c.subject_slots.push_back(visit.slot);
            const bool known = visit(c, [&](const value&) {
                for (const auto& st : body)
                    st(c);
            });
            c.subject_slots.pop_back();
            if (known) {
                cov->coverage[unknown->index].held.fetch_add(1, std::memory_order_relaxed);
                return;
            }
            if (c.explain)
                record_check(c, *unknown, value::missing());
            cov->coverage[unknown->index].unknown.fetch_add(1, std::memory_order_relaxed);
            emit_finding(c, *unknown, true);
        }};
    }
    const auto& req = boost::get<ast::require_statement>(s);
    std::vector<datum_probe> data;
    auto cond = expression_noting_data(req.condition, data);
    if (!cond)
        return std::nullopt;
    if (cond->t.kind != type_kind::boolean && cond->t.kind != type_kind::any) {
        error(req.condition,
              fmt::format("require kräver ett sanningsvärde, fick {}", describe(cond->t)));
        return std::nullopt;
    }
    auto info = std::make_shared<require_info>();
    info->level = req.level ? convert(*req.level) : current_->info.level;
    info->index = require_sources_.size();
    info->data = std::move(data);
    info->undecided = fmt::format("om kravet ”{}” är uppfyllt", current_->info.title);
    for (const auto& part : req.message.parts) {
        if (const auto* literal = boost::get<std::string>(&part)) {
            info->message.push_back({*literal, {}, {}, {}, false});
            continue;
        }
        auto e = expression(boost::get<ast::expression>(part));
        if (!e)
            return std::nullopt;
        info->message.push_back(message_piece_of(*e));
    }
    for (auto& p : probes(req.condition))
        info->probes.push_back({p.text, p.fn, p.t});
    require_sources_.emplace_back(cond->text, parsed_.where(req).line);
    auto* cov = current_; // coverage array is allocated after the rule compiles
    const std::size_t index = info->index;
    auto fn = cond->fn;
    return stmt_fn{[fn, info, cov, index](eval_context& c) {
        const value v = fn(c);
        if (c.explain)
            record_check(c, *info, v);
        auto& counter = cov->coverage[index];
        if (v.tag == value_tag::boolean && v.boolean) {
            counter.held.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        const bool unknown = v.tag != value_tag::boolean;
        (unknown ? counter.unknown : counter.failed).fetch_add(1, std::memory_order_relaxed);
        emit_finding(c, *info, unknown);
    }};
}

// The operands of the comparisons in a condition (through and/or/not), with
// their values at the time of the finding: the evidence for it.
std::vector<probe> compiler::probes(const ast::expression& e) {
    std::vector<probe> out;
    std::vector<const ast::operand*> operands{&e.first};
    for (const auto& op : e.rest)
        operands.push_back(&op.rhs);
    for (std::size_t i = 0; i < operands.size(); ++i) {
        const ast::operand& o = *operands[i];
        if (const auto* inner = boost::get<x3::forward_ast<ast::expression>>(&o)) {
            for (auto& p : probes(inner->get()))
                out.push_back(std::move(p));
            continue;
        }
        if (const auto* u = boost::get<x3::forward_ast<ast::unary>>(&o)) {
            ast::expression wrapped;
            wrapped.first = u->get().rhs;
            for (auto& p : probes(wrapped))
                out.push_back(std::move(p));
            continue;
        }
        if (boost::get<x3::forward_ast<ast::range_literal>>(&o))
            continue;
        // Only computed values explain anything: literals are in the rule text.
        if (boost::get<ast::path>(&o) == nullptr &&
            boost::get<x3::forward_ast<ast::call>>(&o) == nullptr &&
            boost::get<x3::forward_ast<ast::member_access>>(&o) == nullptr)
            continue;
        const std::size_t errors_before = errors_.size();
        auto t = operand(o);
        errors_.resize(errors_before);
        if (!t || t->t.kind == type_kind::boolean || t->t.kind == type_kind::list ||
            t->t.kind == type_kind::object)
            continue;
        out.push_back({t->text, t->fn, t->t});
    }
    return out;
}

} // namespace detail

compile_result compile_pack(const parser::parsed_pack& parsed, std::string sha256) {
    compile_result result;
    auto pack = std::make_unique<compiled_pack>();
    const ast::pack& p = parsed.pack;
    pack->info.id = p.id;
    pack->info.title = p.title;
    pack->info.file = parsed.file;
    pack->info.sha256 = std::move(sha256);
    pack->info.applies_to_all = p.scope.all;
    pack->info.codes = p.scope.codes;
    for (const auto& inc : p.includes)
        pack->includes.push_back(inc.pack_id);
    for (const auto& code : p.scope.codes)
        if (code.size() != 4 || code.find_first_not_of("0123456789") != std::string::npos)
            result.errors.push_back(parsed.error_at(
                p.scope, fmt::format("kommunkoden \"{}\" ska vara fyra siffror", code)));

    detail::compiler c(parsed, result.errors);
    detail::compile_record_kinds(parsed, *pack, result.errors);
    std::vector<const record_declaration*> kinds;
    for (const auto& r : pack->records)
        kinds.push_back(r.get());
    c.set_record_kinds(std::move(kinds));
    std::set<std::string> ids;
    for (const auto& item : p.items) {
        if (const auto* nc = boost::get<ast::not_checkable>(&item)) {
            pack->not_checkables.push_back({nc->sentence, nc->reason});
            continue;
        }
        if (const auto* cr = boost::get<ast::criterion>(&item)) {
            const bool again = std::any_of(pack->criteria.begin(), pack->criteria.end(),
                                           [&](const auto& k) { return k.rule == cr->rule_id; });
            if (again)
                result.errors.push_back(parsed.error_at(
                    *cr, fmt::format("kriteriet för {} finns redan i paketet", cr->rule_id)));
            else
                pack->criteria.push_back({cr->rule_id,
                                          {cr->cite.document.value_or(p.document.value_or(p.title)),
                                           cr->cite.section, cr->cite.clause},
                                          parsed.where(*cr).line});
            continue;
        }
        if (boost::get<ast::record_kind>(&item) != nullptr)
            continue; // compiled above, before the rules that use it
        const auto& r = boost::get<ast::rule>(item);
        if (!ids.insert(r.id).second) {
            result.errors.push_back(
                parsed.error_at(r, fmt::format("regeln {} finns redan i paketet", r.id)));
            continue;
        }
        if (auto compiled = c.rule(r, p.document.value_or(p.title), p.id))
            pack->rules.push_back(std::move(compiled));
    }
    if (!has_errors(result.errors))
        result.value = std::move(pack);
    return result;
}

} // namespace granska::checker
