// The rule language's operators on run-time values, in three-valued (Kleene)
// logic: an operand that is missing, or not of the kind the operator takes,
// makes the result missing ("cannot be decided") instead of false. The
// compiler checks the static types and picks one of these; this is the half
// that runs per case.
#pragma once

#include "checker/model/value.hpp"
#include "checker/runtime/compiled.hpp"

#include <compare>
#include <memory_resource>

namespace granska::checker {

// Values compared for ==, <, in: the tags must agree. Booleans, integers,
// strings and dates are ordered; durations, periods and objects only equal
// or not (unordered when they differ); values of different tags, and missing
// values, are unordered.
std::partial_ordering compare_values(const value& a, const value& b);

enum class order_test : std::uint8_t { less, less_equal, greater, greater_equal };

value kleene_not(const value& v);
// `and` / `or`: false and unknown is false, true or unknown is true; the right
// operand is not evaluated when the left one decides.
value kleene_logic(const expr_fn& lhs, const expr_fn& rhs, bool is_and, eval_context& c);
value equal_values(const value& a, const value& b, bool negate);
value ordered_values(const value& a, const value& b, order_test test);
// low <= v <= high.
value value_between(const value& v, const value& low, const value& high);
value date_in_period(const value& d, const value& p, bool negate);
value element_of(const value& x, const value& list, type_kind element, bool negate);

value add_integers(const value& a, const value& b, bool plus);
value shift_date(const value& d, const value& by, bool plus);
// later - earlier, in days.
value days_from(const value& later, const value& earlier);
value add_durations(const value& a, const value& b);
// A list of `a`'s elements followed by `b`'s, in the evaluation's arena.
value concatenate(const value& a, const value& b, type_kind element,
                  std::pmr::memory_resource* arena);

} // namespace granska::checker
