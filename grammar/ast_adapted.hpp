// Fusion adaptations of the AST, so that Spirit can fill the structs from
// sequences. Only this file sees Fusion; AST users include ast.hpp.
// Nodes built by hand in the parser (list_literal, comprehension, call,
// message_template, date and duration literals, pack) need no adaptation.
#pragma once

#include "grammar/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(granska::ast::identifier, name)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::number_literal, value)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::string_literal, value)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::bool_literal, value)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::path, head, fields)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::operation, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::expression, first, rest)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::unary, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::range_literal, low, high)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::binder, variable, collection, filter)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::let_statement, name, value)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::require_statement, condition, level, message)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::for_statement, variable, collection, filter, body)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::citation, per_municipality, document, section, clause)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::criterion, rule_id, cite)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::rule, id, title, level, cite, note, same_fact_as, body)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::not_checkable, sentence, reason)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::include, pack_id)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::record_field, name, type_name, optional)
BOOST_FUSION_ADAPT_STRUCT(granska::ast::record_kind, name, fields)
