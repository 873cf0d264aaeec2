// Error handling for the grammar, after X3's calc9/rexpr error handlers:
// an expectation failure becomes a granska::diagnostic with a Swedish
// message (rule name -> words, see error_messages.cpp), then the parser
// skips to the next top-level item so every error in a file is reported.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "grammar/source_map.hpp"

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace granska::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = std::string::const_iterator;
using position_cache = x3::position_cache<std::vector<iterator_type>>;

// Parentheses, lists, calls, unary operators and blocks nest at most this
// deep; deeper input is an error rather than a stack overflow.
inline constexpr int max_nesting = 256;

// Everything the grammar needs besides the text: where to tag AST nodes,
// where to put diagnostics, and the nesting depth. Reached from the parse
// context under x3::error_handler_tag, as X3's annotate_on_success expects.
class parse_state {
public:
    parse_state(std::string file, iterator_type begin, iterator_type end, const source_map& map,
                position_cache& cache)
        : file_(std::move(file)), begin_(begin), end_(end), map_(map), cache_(cache) {}

    // Called by x3::annotate_on_success and by the hand-written parsers.
    template <typename Node>
    void tag(Node& node, iterator_type first, iterator_type last) {
        cache_.annotate(node, first, last);
    }

    // Records an error at `at`; at the end of the text, points just past the
    // last non-blank character so the caret lands on a visible line.
    void report(iterator_type at, std::string message);
    diagnostics& errors() { return errors_; }

    int depth() const { return depth_; }
    void enter() { ++depth_; }
    void leave() { --depth_; }

    iterator_type begin() const { return begin_; }
    iterator_type end() const { return end_; }

private:
    std::string file_;
    iterator_type begin_, end_;
    const source_map& map_;
    position_cache& cache_;
    diagnostics errors_;
    int depth_ = 0;
};

// The Swedish message for an expectation failure: `which` is the rule name or
// the what() of the parser that was expected, `at` the offending position.
std::string expectation_message(std::string_view which, iterator_type at, iterator_type end);

// Where to continue after an error at `at`: the first line at or after it
// whose first word is `rule` or `not_checkable` (that word's position), or
// the end. With `after` set, only positions past `after` count, so that a
// retried item always makes progress.
iterator_type recovery_point(iterator_type begin, iterator_type end, iterator_type at,
                             const iterator_type* after);

// on_error for the outermost rules. The pack header accepts what it has and
// lets the items follow; an item retries from the next rule or not_checkable.
template <x3::error_handler_result Then>
struct error_recovery {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator& first, Iterator const& last, Exception const& x,
                                      Context const& context) {
        auto& state = x3::get<x3::error_handler_tag>(context).get();
        Iterator where = x.where();
        x3::skip_over(where, last, context);
        state.report(where, expectation_message(x.which(), where, last));
        const Iterator start = first;
        first = recovery_point(state.begin(), last, where,
                               Then == x3::error_handler_result::retry ? &start : nullptr);
        return Then;
    }
};

using recover_and_accept = error_recovery<x3::error_handler_result::accept>;
using recover_and_retry = error_recovery<x3::error_handler_result::retry>;

} // namespace granska::parser
