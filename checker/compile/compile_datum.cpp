// Which data a condition reads, so that a finding that cannot be decided
// names the missing datum in Swedish ("policyns antagandedatum saknas")
// instead of the rule's expression, and how message pieces show data values
// (action status in Swedish, day counts grouped).
#include "checker/base/swedish.hpp"
#include "checker/compile/compiler.hpp"

namespace granska::checker::detail {

std::optional<typed> compiler::expression_noting_data(const ast::expression& e,
                                                      std::vector<datum_probe>& data) {
    auto* outer_sink = datum_sink_;
    const auto outer_depth = datum_depth_;
    datum_sink_ = &data;
    datum_depth_ = scopes_.size();
    auto out = expression(e);
    datum_sink_ = outer_sink;
    datum_depth_ = outer_depth;
    return out;
}

void compiler::note_datum(type owner, const std::string& field, const typed& result) {
    // Variables bound inside a comprehension have no value when the finding is made.
    if (datum_sink_ == nullptr || scopes_.size() > datum_depth_ || owner.kind != type_kind::object)
        return;
    const auto name = swedish_datum_name(owner.object->name, field);
    if (name.empty())
        return;
    datum_sink_->push_back({name, result.fn, owner.object == &types::period()});
}

void compiler::note_variable(std::size_t slot) {
    if (datum_sink_ == nullptr || scopes_.size() > datum_depth_)
        return;
    if (const auto it = let_data_.find(slot); it != let_data_.end())
        datum_sink_->insert(datum_sink_->end(), it->second.begin(), it->second.end());
}

message_piece compiler::message_piece_of(const typed& e) const {
    message_piece piece{"", e.fn, e.t, {}, false};
    // Only a plain path (a.status, gap.days) names its field; a call or sum does not.
    const bool plain_path =
        e.text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789.") == std::string::npos;
    const auto dot = e.text.rfind('.');
    if (!plain_path || dot == std::string::npos)
        return piece;
    const std::string field = e.text.substr(dot + 1);
    if (is_enumerated_field(field))
        piece.enum_field = field;
    piece.day_count = field == "days" && e.t.kind == type_kind::integer;
    return piece;
}

} // namespace granska::checker::detail
