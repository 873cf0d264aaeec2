// The grammar's entry rule, declared as in X3's rexpr.hpp: its definition
// lives in rule_pack_def.hpp and is instantiated once, in rule_pack.cpp.
#pragma once

#include "grammar/ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace granska::parser {

namespace x3 = boost::spirit::x3;

struct rule_pack_class;
using rule_pack_type = x3::rule<rule_pack_class, ast::pack>;
BOOST_SPIRIT_DECLARE(rule_pack_type)

} // namespace granska::parser

namespace granska {

// A whole pack: header, then rules and not_checkable items. Parse it with
// parser::skipper and a parser::parse_state under x3::error_handler_tag.
parser::rule_pack_type const& rule_pack();

} // namespace granska
