// Running compiled rules on a case, and turning failed requires into findings
// about the right subject, with message, evidence and fingerprint.
#include "checker/base/personal_number.hpp"
#include "checker/base/redact.hpp"
#include "checker/base/sha256.hpp"
#include "checker/base/swedish.hpp"
#include "checker/runtime/compiled.hpp"
#include "checker/runtime/value_region.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker {

namespace {

std::string_view key_in_parent(const model::node* n) {
    if (n->parent == nullptr || n->parent->type != model::node_type::object)
        return {};
    return n->parent->members[n->index].key;
}

// Which kind of subject an object in the data is, from where it sits.
std::string subject_kind_of(const model::case_data& data, const model::node* n) {
    if (n->parent == nullptr) {
        const std::string& kind = data.document_of(n).kind;
        return kind == "organisation" ? "case" : kind;
    }
    if (n->parent->type == model::node_type::array) {
        const auto key = key_in_parent(n->parent);
        if (key == "bodies")
            return "body";
        if (key == "goals")
            return "goal";
        if (key == "actions")
            return "action";
        if (n->parent->parent && key_in_parent(n->parent->parent) == "records")
            return "record";
    }
    return "";
}

// Where a node stands: file, pointer and line, and for a workbook its sheet and cell.
void place(subject& s, const model::document& doc, const model::node* n) {
    s.file = doc.path;
    s.pointer = model::pointer_of(n);
    s.line = doc.line_of(n->offset);
    if (const model::cell_origin* cell = doc.cell_at(n->offset)) {
        s.sheet = doc.sheets[cell->sheet];
        s.cell = model::cell_name(cell->row, cell->column);
        return; // a workbook's region is the row
    }
    const auto end = value_end(doc.bytes, *n);
    s.column = utf16_column(doc.bytes, n->offset);
    s.end_line = doc.line_of(static_cast<std::uint32_t>(end));
    s.end_column = utf16_column(doc.bytes, end);
}

// The subject, placed, with the body it belongs to (reports group by it).
subject locate(const model::case_data& data, const model::node* n, std::string kind,
               std::string id) {
    const auto& doc = data.document_of(n);
    subject s{std::move(kind), std::move(id), "", "", 0, "", "", ""};
    place(s, doc, n);
    s.body = s.kind == "body"                            ? s.id
             : doc.kind == "plan" && doc.root != nullptr ? std::string(doc.root->get_text("body"))
                                                         : std::string();
    return s;
}

subject object_subject(const model::case_data& data, const model::node* n) {
    // Climb to the nearest object that is a subject in its own right.
    for (const model::node* at = model::nearest_with_id(n); at != nullptr;
         at = at->parent ? model::nearest_with_id(at->parent) : nullptr) {
        std::string kind = subject_kind_of(data, at);
        if (kind.empty())
            continue;
        if (kind == "case")
            return locate(data, at, kind, data.municipality_code);
        return locate(data, at, kind, std::string(at->get_text("id")));
    }
    return locate(data, data.policy, "policy", std::string(data.policy->get_text("id")));
}

// The subject of a finding: the innermost loop variable that is a subject
// (an object of a subject kind, or a string naming a case-wide thing).
// `inner` receives the loop values inside it (e.g. the mandate period or the
// year), which tell apart findings about the same subject.
subject subject_of(const eval_context& ctx, std::string& inner) {
    const auto& data = ctx.data;
    for (auto it = ctx.subject_slots.rbegin(); it != ctx.subject_slots.rend(); ++it) {
        const value& v = ctx.slots[*it];
        if (!(v.tag == value_tag::object &&
              (v.object == &types::text() || !v.object->subject_kind.empty())) &&
            v.tag != value_tag::string) {
            inner += "|" + format_value(v, type::scalar(type_kind::any));
            continue;
        }
        if (v.tag == value_tag::object) {
            if (v.object == &types::text())
                return object_subject(data, v.node);
            if (!v.object->subject_kind.empty())
                return locate(data, v.node, std::string(v.object->subject_kind),
                              std::string(v.node->get_text("id")));
        }
        if (v.tag == value_tag::string) {
            // A case-wide subject named by a string, e.g. an uncovered focus area.
            subject s{"case", std::string(v.text()), data.document_of(data.policy).path, "", 0, ""};
            const model::node* origin = v.origin;
            if (origin == nullptr) {
                // A name from the rule (a focus area): point at the policy's own entry if it lists
                // it.
                if (const auto* areas = data.policy->get("focus_areas"); areas && areas->is_array())
                    for (std::uint32_t i = 0; i < areas->count && !origin; ++i)
                        if (areas->items[i].type == model::node_type::string &&
                            areas->items[i].text() == v.text())
                            origin = &areas->items[i];
            }
            if (origin)
                place(s, data.document_of(origin), origin);
            return s;
        }
    }
    return locate(data, data.policy, "policy", std::string(data.policy->get_text("id")));
}

void collect(const model::node* n, const char* key, std::vector<const model::node*>& out) {
    if (n == nullptr)
        return;
    const model::node* list = n->get(key);
    if (list == nullptr || !list->is_array())
        return;
    for (std::uint32_t i = 0; i < list->count; ++i)
        if (list->items[i].is_object())
            out.push_back(&list->items[i]);
}

// The objects under `key` of the policy (when given) and of every plan, in order.
std::unique_ptr<std::vector<const model::node*>>
collect_all(const model::node* policy, const std::vector<const model::node*>& plans,
            const char* key) {
    auto out = std::make_unique<std::vector<const model::node*>>();
    collect(policy, key, *out);
    for (const auto* p : plans)
        collect(p, key, *out);
    return out;
}

} // namespace

const std::vector<const model::node*>& eval_context::all_actions() {
    if (!actions_)
        actions_ = collect_all(data.policy, data.plans, "actions");
    return *actions_;
}

const std::vector<const model::node*>& eval_context::all_goals() {
    if (!goals_)
        goals_ = collect_all(nullptr, data.plans, "goals");
    return *goals_;
}

const std::vector<const model::node*>& eval_context::all_texts() {
    if (!texts_) {
        texts_ = std::make_unique<std::vector<const model::node*>>();
        std::vector<const model::node*> stack;
        for (const auto& doc : data.documents)
            if (doc->root)
                stack.push_back(doc->root);
        // Iterative walk: documents can be deep; order is fixed by sorting below.
        while (!stack.empty()) {
            const model::node* n = stack.back();
            stack.pop_back();
            if (n->type == model::node_type::string)
                texts_->push_back(n);
            else if (n->type == model::node_type::array)
                for (std::uint32_t i = n->count; i-- > 0;)
                    stack.push_back(&n->items[i]);
            else if (n->type == model::node_type::object)
                for (std::uint32_t i = n->count; i-- > 0;)
                    stack.push_back(&n->members[i].value);
        }
    }
    return *texts_;
}

std::string format_value(const value& v, type t) {
    switch (v.tag) {
    case value_tag::missing:
        return "(saknas)";
    case value_tag::boolean:
        return v.boolean ? "ja" : "nej";
    case value_tag::integer:
        return std::to_string(v.integer);
    case value_tag::string:
        return std::string(v.text());
    case value_tag::date:
        return calendar::format(v.date);
    case value_tag::duration:
        return calendar::describe(v.duration);
    case value_tag::period:
        return calendar::format(v.period.from) + "–" + calendar::format(v.period.to);
    case value_tag::object: {
        for (const char* key : {"name", "id", "title"}) {
            const auto s = v.node->get_text(key);
            if (!s.empty())
                return std::string(s);
        }
        return std::string(v.object ? v.object->swedish : "objekt");
    }
    case value_tag::json_array:
    case value_tag::node_list:
    case value_tag::list: {
        std::string out;
        const type element =
            t.kind == type_kind::list ? t.element_type() : type::scalar(type_kind::any);
        for_each_element(v, element.kind, [&](const value& e) {
            out += (out.empty() ? "" : ", ") + format_value(e, element);
        });
        return out.empty() ? "(inga)" : out;
    }
    }
    return "";
}

namespace {

// A value in a sentence: an action status in Swedish, a day count grouped.
std::string format_piece(eval_context& ctx, const message_piece& piece) {
    const value v = piece.expression(ctx);
    if (!piece.enum_field.empty() && v.tag == value_tag::string)
        if (const auto swedish = swedish_data_value(piece.enum_field, v.text()))
            return std::string(*swedish);
    if (piece.day_count && v.tag == value_tag::integer)
        return group_thousands(v.integer);
    return format_value(v, piece.value_type);
}

// "policyns antagandedatum och planens period": the data the check read that
// are missing. A computed period's parts count only when nothing read from
// the files explains the gap.
std::string missing_data(eval_context& ctx, const require_info& req) {
    std::vector<std::string_view> names, derived;
    for (const auto& d : req.data) {
        if (!d.fn(ctx).is_missing())
            continue;
        auto& into = d.derived ? derived : names;
        if (std::find(into.begin(), into.end(), d.name) == into.end())
            into.push_back(d.name);
    }
    if (names.empty())
        names = derived;
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += std::string(i == 0                  ? ""
                           : i + 1 == names.size() ? " och "
                                                   : ", ") +
               std::string(names[i]);
    return out;
}

std::string render_message(eval_context& ctx, const require_info& req, bool unknown) {
    std::string message;
    if (unknown) {
        // Never the rule's expression: the missing datum, named in Swedish.
        const std::string missing = missing_data(ctx, req);
        message =
            missing.empty()
                ? fmt::format(
                      "Kan inte bedömas: ett värde som behövs kan inte beräknas ur underlaget, "
                      "så det går inte att avgöra {}.",
                      req.undecided)
                : fmt::format("Kan inte bedömas: {} saknas, så det går inte att avgöra {}.",
                              missing, req.undecided);
    } else {
        for (const auto& piece : req.message)
            message += piece.expression ? format_piece(ctx, piece) : piece.literal;
    }
    // Whatever a template interpolated, a personal identity number never leaves granska.
    return redact_personal_numbers(message);
}

std::vector<evidence_item> gather_evidence(eval_context& ctx, const require_info& req,
                                           bool unknown) {
    std::vector<evidence_item> out;
    out.push_back({"villkor", ctx.rule->coverage[req.index].condition});
    for (const auto& p : req.probes)
        out.push_back(
            {p.text, redact_personal_numbers(format_value(p.expression(ctx), p.value_type))});
    if (unknown)
        out.push_back({"utfall", "kan inte avgöras: en uppgift som villkoret behöver saknas"});
    return out;
}

} // namespace

void record_check(eval_context& ctx, const require_info& req, const value& outcome) {
    const bool held = outcome.tag == value_tag::boolean && outcome.boolean;
    const bool unknown = outcome.tag != value_tag::boolean;
    std::string inner;
    explained_check e;
    e.about = subject_of(ctx, inner);
    e.about.id = redact_personal_numbers(e.about.id);
    e.condition = ctx.rule->coverage[req.index].condition;
    e.outcome = held ? "håller" : unknown ? "kan inte avgöras" : "brister";
    e.evidence = gather_evidence(ctx, req, unknown);
    if (!held)
        e.message = render_message(ctx, req, unknown);
    ctx.explain->push_back(std::move(e));
}

void emit_finding(eval_context& ctx, const require_info& req, bool unknown) {
    const compiled_rule& rule = *ctx.rule;
    finding f;
    f.rule = rule.info.id;
    f.level = req.level;
    f.title = rule.info.title;
    std::string inner;
    f.about = subject_of(ctx, inner);
    f.cite = ctx.cite ? *ctx.cite : rule.info.cite;
    f.note = rule.info.note;

    f.message = render_message(ctx, req, unknown);
    f.evidence = gather_evidence(ctx, req, unknown);

    std::string key =
        fmt::format("{}|{}|{}|{}", f.rule, ctx.data.municipality_code, f.about.kind, f.about.id);
    if (req.index > 0)
        key += fmt::format("|{}", req.index);
    key += inner;
    f.fingerprint = sha256_hex(key).substr(0, 32);
    if (!ctx.reported.insert(f.fingerprint).second)
        return;
    // An id may itself be a personal identity number; the hash above does not echo it, the id must
    // not.
    f.about.id = redact_personal_numbers(f.about.id);
    ctx.out->push_back(std::move(f));
}

void evaluate_rule(const compiled_rule& rule, eval_context& ctx) {
    ctx.rule = &rule;
    ctx.slots.assign(rule.slot_count, value::missing());
    ctx.subject_slots.clear();
    ctx.reported.clear();
    for (const auto& statement : rule.body)
        statement(ctx);
}

} // namespace granska::checker
