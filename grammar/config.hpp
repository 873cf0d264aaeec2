// The iterator and context types the grammar is instantiated for, as in the
// X3 examples' config.hpp. rule_pack.cpp instantiates with them and parse.cpp
// calls with them; they must agree exactly.
#pragma once

#include "grammar/error_handler.hpp"
#include "grammar/skipper.hpp"

#include <boost/spirit/home/x3.hpp>

#include <functional>

namespace granska::parser {

using phrase_context_type = x3::phrase_parse_context<skipper_parser>::type;

using context_type =
    x3::context<x3::error_handler_tag, std::reference_wrapper<parse_state>, phrase_context_type>;

} // namespace granska::parser
