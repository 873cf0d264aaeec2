// Paths from the command line, normalised once at the door so that every
// spelling of a folder means, and is reported as, the same folder:
// `policies/herrljunga/` (as tab completion writes it), `./policies/herrljunga`,
// `policies/x/../herrljunga`, or the absolute path through a symlinked
// working directory all become `policies/herrljunga`.
#pragma once

#include <string>

namespace granska::checker {

// `given` without "." components, trailing separators and (where it names
// the same file) ".." components; made relative when it lies inside the
// working directory. A path that does not exist is returned as given, so
// the error names it as the user wrote it.
std::string normalized_path(const std::string& given);

} // namespace granska::checker
