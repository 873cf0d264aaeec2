// The one place the grammar is compiled (slowly): instantiated for the
// iterator and context types in config.hpp.
#include "grammar/config.hpp"
#include "grammar/rule_pack_def.hpp"

namespace granska::parser {

BOOST_SPIRIT_INSTANTIATE(rule_pack_type, iterator_type, context_type)

} // namespace granska::parser
