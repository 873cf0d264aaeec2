#include "checker/model/types.hpp"

namespace granska::checker {

namespace {

type obj(const object_type& o) {
    return type::of(&o);
}
type objs(const object_type& o) {
    return type::list_of(type::of(&o));
}

} // namespace

const field* object_type::find(std::string_view n) const {
    for (const auto& f : fields)
        if (f.name == n)
            return &f;
    return nullptr;
}

std::string describe(type t) {
    switch (t.kind) {
    case type_kind::boolean:
        return "sanningsvärde";
    case type_kind::integer:
        return "heltal";
    case type_kind::string:
        return "text";
    case type_kind::date:
        return "datum";
    case type_kind::duration:
        return "tidslängd";
    case type_kind::period:
        return "period";
    case type_kind::object:
        return std::string(t.object->swedish);
    case type_kind::list:
        return "lista av " + describe(t.element_type());
    case type_kind::any:
        return "valfritt värde";
    }
    return "?";
}

// The tables below are the data model of submission-format.md, field by field.
// Periods are objects (from, to, days) so that `p.period.from` reads naturally.
namespace types {

const object_type& municipality() {
    static const object_type t{"municipality", "kommun", "", {{"name", t_str}, {"code", t_str}}};
    return t;
}

const object_type& period() {
    static const object_type t{
        "period",
        "period",
        "",
        {{"from", t_date}, {"to", t_date}, {"days", t_int, field_source::period_days}}};
    return t;
}

const object_type& follow_up() {
    static const object_type t{"follow_up",
                               "uppföljning",
                               "",
                               {{"date", t_date},
                                {"reported_to", t_str},
                                {"minute_ref", t_str},
                                {"summary", t_str},
                                {"covers", obj(period())},
                                {"covered", obj(period()), field_source::covered_period}}};
    return t;
}

const object_type& revision() {
    static const object_type t{
        "revision",
        "revidering",
        "",
        {{"date", t_date}, {"version", t_int}, {"minute_ref", t_str}, {"adopted_by", t_str}}};
    return t;
}

const object_type& derived_document() {
    static const object_type t{"derived_document",
                               "härlett dokument",
                               "",
                               {{"document_type", t_str},
                                {"title", t_str},
                                {"adopted_by", t_str},
                                {"adopted_on", t_date}}};
    return t;
}

const object_type& report() {
    static const object_type t{"report",
                               "redovisning",
                               "",
                               {{"date", t_date},
                                {"to", t_str},
                                {"summary", t_str},
                                {"covers", obj(period())},
                                {"covered", obj(period()), field_source::covered_period}}};
    return t;
}

const object_type& goal() {
    static const object_type t{"goal",
                               "mål",
                               "goal",
                               {{"id", t_str},
                                {"text", t_str},
                                {"derived_from", t_str},
                                {"focus_area", t_str},
                                {"indicators", t_strs},
                                {"serves", t_strs},
                                {"serves_policy", t_bool, field_source::serves_policy}}};
    return t;
}

const object_type& action() {
    static const object_type t{"action",
                               "åtgärd",
                               "action",
                               {{"id", t_str},
                                {"description", t_str},
                                {"focus_area", t_str},
                                {"responsible", t_str},
                                {"starts_on", t_date},
                                {"deadline", t_date},
                                {"measure", t_str},
                                {"follow_up_interval", t_dur},
                                {"status", t_str},
                                {"completed_on", t_date},
                                {"serves", t_strs},
                                {"serves_policy", t_bool, field_source::serves_policy}}};
    return t;
}

const object_type& record() {
    static const object_type t{"record", "post", "record", {{"id", t_str}}, true};
    return t;
}

const object_type& records() {
    static const object_type t{"records", "register", "", {}, false};
    return t;
}

const object_type& plan() {
    static const object_type t{"plan",
                               "plan",
                               "plan",
                               {{"municipality", obj(municipality())},
                                {"id", t_str},
                                {"body", t_str},
                                {"document_type", t_str},
                                {"period", obj(period())},
                                {"adopted_by", t_str},
                                {"adopted_on", t_date},
                                {"goals", objs(goal())},
                                {"actions", objs(action())},
                                {"reports", objs(report())},
                                {"follow_ups", objs(follow_up())},
                                {"records", obj(records())},
                                {"revisions", objs(revision())}}};
    return t;
}

const object_type& body() {
    static const object_type t{
        "body",
        "organ",
        "body",
        {{"id", t_str},
         {"name", t_str},
         {"kind", t_str},
         {"wholly_owned", t_bool},
         {"parent", t_str},
         {"responsibilities", t_strs},
         {"statutory", t_bool},
         {"host", t_str},
         {"owner", t_str},
         {"plans", objs(plan()), field_source::body_plans},
         {"is_committee", t_bool, field_source::is_committee},
         {"wholly_owned_company", t_bool, field_source::wholly_owned_company}}};
    return t;
}

const object_type& organisation() {
    static const object_type t{"organisation",
                               "organisation",
                               "",
                               {{"municipality", obj(municipality())}, {"bodies", objs(body())}}};
    return t;
}

const object_type& policy() {
    static const object_type t{"policy",
                               "policy",
                               "policy",
                               {{"municipality", obj(municipality())},
                                {"id", t_str},
                                {"title", t_str},
                                {"document_type", t_str},
                                {"registration_number", t_str},
                                {"adopted_by", t_str},
                                {"adopted_on", t_date},
                                {"minute_ref", t_str},
                                {"version", t_int},
                                {"revised_on", t_date},
                                {"valid_from", t_date},
                                {"valid_until", t_date},
                                {"revision_interval", t_dur},
                                {"follow_up_interval", t_dur},
                                {"owner", t_str},
                                {"follow_up_by", t_str},
                                {"previous_versions", t_strs},
                                {"applies_to", t_strs},
                                {"focus_areas", t_strs},
                                {"follow_ups", objs(follow_up())},
                                {"revisions", objs(revision())},
                                {"derived_documents", objs(derived_document())},
                                {"actions", objs(action())}}};
    return t;
}

const object_type& text() {
    static const object_type t{"text", "text", "", {{"value", t_str}}};
    return t;
}

} // namespace types
} // namespace granska::checker
