#include "checker/load/join.hpp"

#include "checker/load/input_diagnostic.hpp"

#include <string>
#include <unordered_map>

namespace granska::checker {

namespace {

using model::case_data;
using model::document;
using model::node;

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

// The one document of a kind: extra ones are errors pointing at the first.
const document* only_one(const case_data& data, std::string_view kind, const char* swedish,
                         bool all_known, diagnostics& errors) {
    const document* first = nullptr;
    for (const auto& doc : data.documents) {
        if (doc->kind != kind)
            continue;
        if (first == nullptr) {
            first = doc.get();
            continue;
        }
        const node* at = doc->root ? doc->root->get("kind") : nullptr;
        std::string message = std::string("fallet har redan ") + swedish + " (" + first->path +
                              "); ett fall har exakt ett";
        errors.push_back(at ? data_diagnostic(*doc, at, std::move(message))
                            : file_diagnostic(doc->path, message));
    }
    if (first == nullptr && all_known)
        errors.push_back(file_diagnostic(data.path, std::string("fallet saknar ") + swedish +
                                                        " (en fil med \"kind\": " + quoted(kind) +
                                                        ")"));
    return first;
}

void check_municipality(const case_data& data, const std::vector<bool>& usable,
                        const document* reference, diagnostics& errors) {
    if (reference == nullptr)
        return;
    const std::string_view code = reference->root->get("municipality")->get_text("code");
    for (std::size_t i = 0; i < data.documents.size(); ++i) {
        const document& doc = *data.documents[i];
        if (!usable[i] || &doc == reference)
            continue;
        const node* at = doc.root->get("municipality")->get("code");
        if (at->text() != code)
            errors.push_back(data_diagnostic(
                doc, at,
                "kommunkoden " + quoted(at->text()) + " skiljer sig från " + quoted(code) + " i " +
                    reference->path + "; alla filer i ett fall gäller samma kommun"));
    }
}

} // namespace

void join_case(case_data& data, const std::vector<bool>& usable, diagnostics& errors) {
    const std::size_t errors_before = errors.size();
    bool all_known = true;
    for (const auto& doc : data.documents)
        all_known &= !doc->kind.empty();

    const document* policy = only_one(data, "policy", "ett policydokument", all_known, errors);
    const document* organisation =
        only_one(data, "organisation", "ett organisationsdokument", all_known, errors);
    auto is_usable = [&](const document* doc) {
        return doc != nullptr && doc->root != nullptr && usable[doc->root->document];
    };
    const document* reference = is_usable(policy)         ? policy
                                : is_usable(organisation) ? organisation
                                                          : nullptr;
    for (std::size_t i = 0; reference == nullptr && i < data.documents.size(); ++i)
        if (usable[i])
            reference = data.documents[i].get();
    check_municipality(data, usable, reference, errors);

    // Bodies: ids unique within the organisation.
    std::unordered_map<std::string_view, const node*> bodies_by_id;
    std::vector<const node*> bodies;
    const bool have_bodies = is_usable(organisation);
    if (have_bodies) {
        const node* list = organisation->root->get("bodies");
        for (std::uint32_t i = 0; i < list->count; ++i) {
            const node* body = &list->items[i];
            const node* id = body->get("id");
            bodies.push_back(body);
            auto [it, inserted] = bodies_by_id.emplace(id->text(), body);
            if (!inserted)
                errors.push_back(
                    data_diagnostic(*organisation, id,
                                    "organ-id " + quoted(id->text()) + " finns redan (" +
                                        model::pointer_of(it->second) + "); id ska vara unika"));
        }
    }

    // References between bodies: `parent` (an utskott's nämnd, a unit's
    // förvaltning) and a bolag's `owner` are body ids (submission format), so
    // one that names no body is an error like a plan's unknown `body`.
    if (have_bodies)
        for (const node* body : bodies)
            for (const char* key : {"parent", "owner"}) {
                const node* ref = body->get(key);
                if (ref == nullptr || ref->type != model::node_type::string ||
                    bodies_by_id.count(ref->text()) != 0)
                    continue;
                errors.push_back(data_diagnostic(*organisation, ref,
                                                 "organet " + quoted(ref->text()) +
                                                     " finns inte i organisationen"));
            }

    // Plans: ids unique in the case, bodies that exist.
    std::unordered_map<std::string_view, const document*> plan_ids;
    std::vector<const node*> plans;
    std::unordered_map<const node*, std::vector<const node*>> plans_by_body;
    for (std::size_t i = 0; i < data.documents.size(); ++i) {
        const document& doc = *data.documents[i];
        if (!usable[i] || doc.kind != "plan")
            continue;
        plans.push_back(doc.root);
        const node* id = doc.root->get("id");
        if (auto [it, inserted] = plan_ids.emplace(id->text(), &doc); !inserted)
            errors.push_back(data_diagnostic(doc, id,
                                             "plan-id " + quoted(id->text()) + " finns redan i " +
                                                 it->second->path +
                                                 "; id ska vara unika i fallet"));
        const node* body = doc.root->get("body");
        if (!have_bodies)
            continue;
        if (auto b = bodies_by_id.find(body->text()); b != bodies_by_id.end())
            plans_by_body[b->second].push_back(doc.root);
        else
            errors.push_back(data_diagnostic(doc, body,
                                             "organet " + quoted(body->text()) +
                                                 " finns inte i organisationen (" +
                                                 organisation->path + ")"));
    }

    // A policy or organisation that failed validation may lack the members
    // read below (its errors are reported already).
    if (errors.size() != errors_before || !is_usable(policy) || !is_usable(organisation))
        return;
    data.policy = policy->root;
    data.organisation = organisation->root;
    data.plans = std::move(plans);
    const node* municipality = policy->root->get("municipality");
    data.municipality_code = std::string(municipality->get_text("code"));
    data.municipality_name = std::string(municipality->get_text("name"));
    data.bodies = std::move(bodies);
    data.bodies_by_id = std::move(bodies_by_id);
    data.plans_by_body = std::move(plans_by_body);
}

} // namespace granska::checker
