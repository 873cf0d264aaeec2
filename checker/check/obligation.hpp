// The obligation detector of `granska trace`: which sentences of a policy
// text oblige someone to do something. A table of word patterns (ska, måste,
// får inte, är skyldig att, åligger, har samordningsansvaret, sker, följs upp,
// ...) matched on whole words, case-insensitively for Swedish letters, plus
// the imperative items of a handlingsplan ("Organisera mottagande ...").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

// One form of obligation. `words` are matched as consecutive whole words;
// a word may be "a|b" (either) or "*suffix" (any word ending so, the word
// itself included: "*ansvaret" matches "ansvaret" and "samordningsansvaret").
struct obligation_pattern {
    std::string_view name; // as shown to a reader: "är skyldig(a) att"
    std::vector<std::string_view> words;
};

// The sentence patterns, in the order they are tried.
const std::vector<obligation_pattern>& obligation_patterns();

// The words of a text, lower-cased (ASCII and the Latin-1 letters of UTF-8:
// Å Ä Ö É Ü ...); anything else (punctuation, quotes, dashes) separates words.
std::vector<std::string> lower_words(std::string_view text);

// The name of the first pattern the sentence matches, or empty.
std::string_view match_obligation(std::string_view sentence);

// Does the sentence contain an obligation by any sentence pattern?
bool is_obligation(std::string_view sentence);

// Name given to the imperative items of a handlingsplan.
inline constexpr std::string_view imperative_item = "imperativ punkt i handlingsplan";

// Is this list item (marker removed) an instruction in the imperative
// ("Organisera ...", "Utveckla ...")? Only the first word is looked at.
bool starts_with_imperative(std::string_view item);

struct obligation_sentence {
    std::string sentence;  // normalised, as split_sentences gives it
    std::string_view form; // the pattern's name, or imperative_item
};

// Every obligation sentence of a policy text, in text order. Headings are
// tracked so that the list items under a "Handlingsplan" or "Åtgärdsplan"
// heading count when they begin with an imperative.
std::vector<obligation_sentence> find_obligations(std::string_view text);

} // namespace granska::checker
