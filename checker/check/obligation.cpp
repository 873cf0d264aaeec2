// Why a table: Swedish governing documents oblige in many ways besides
// "ska"; each way is one row here, with its own unit tests, so a reader can
// see what the trace looks for and a new form is one line.
#include "checker/check/obligation.hpp"

#include "checker/compile/policy_text.hpp"

#include <algorithm>
#include <array>

namespace granska::checker {

const std::vector<obligation_pattern>& obligation_patterns() {
    static const std::vector<obligation_pattern> table{
        {"ska", {"ska"}},
        {"skall", {"skall"}},
        {"bör", {"bör"}},
        {"måste", {"måste"}},
        {"får inte", {"får", "inte"}},
        {"är skyldig(a) att", {"är", "skyldig|skyldiga", "att"}},
        {"åligger", {"åligger"}},
        {"ansvarar för", {"ansvarar", "för"}},
        {"har till uppgift", {"har", "till", "uppgift|uppgifter"}},
        // "har ansvar att / för", "har huvudansvar för"
        {"har ansvar att/för", {"har", "*ansvar", "att|för"}},
        // "har ansvaret för", "har samordningsansvaret för att ..."
        {"har (samordnings)ansvaret", {"har", "*ansvaret"}},
        {"sammanfattas och redovisas", {"sammanfattas", "och", "redovisas"}},
        {"redovisas", {"redovisas"}},
        {"följs upp", {"följs", "upp"}},
        {"fastställs av", {"fastställs", "av"}},
        {"sker", {"sker"}},
    };
    return table;
}

namespace {

bool is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// UTF-8 letters of Latin-1 Supplement: C3 80..C3 BF except × (C3 97) and ÷ (C3 B7).
bool is_latin1_letter(unsigned char lead, unsigned char next) {
    return lead == 0xC3 && next >= 0x80 && next <= 0xBF && next != 0x97 && next != 0xB7;
}

bool word_matches(std::string_view pattern_word, std::string_view word) {
    // "a|b": either alternative.
    for (std::size_t start = 0;;) {
        const auto bar = pattern_word.find('|', start);
        const auto alternative =
            pattern_word.substr(start, bar == std::string_view::npos ? bar : bar - start);
        if (!alternative.empty() && alternative[0] == '*') {
            const auto suffix = alternative.substr(1);
            if (word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix)
                return true;
        } else if (alternative == word) {
            return true;
        }
        if (bar == std::string_view::npos)
            return false;
        start = bar + 1;
    }
}

bool matches_at(const std::vector<std::string>& words, std::size_t at,
                const obligation_pattern& p) {
    if (at + p.words.size() > words.size())
        return false;
    for (std::size_t k = 0; k < p.words.size(); ++k)
        if (!word_matches(p.words[k], words[at + k]))
            return false;
    return true;
}

// Imperatives that begin action items in Swedish handlingsplaner. Verbs of
// the first conjugation in -era (organisera, informera, etablera) are
// recognised by their ending as well.
constexpr std::array imperative_verbs{
    "anordna",  "arbeta",   "besluta",  "bjud",     "erbjud", "etablera",   "följ",     "förbättra",
    "förebygg", "ge",       "genomför", "gör",      "inför",  "kartlägg",   "motverka", "ordna",
    "planera",  "samordna", "skapa",    "starta",   "stärk",  "säkerställ", "ta",       "tydliggör",
    "upprätta", "utred",    "utse",     "utveckla", "verka",  "värna",      "öka",      "främja",
};

bool is_action_plan_heading(const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [](const std::string& w) {
        return w == "handlingsplan" || w == "åtgärdsplan" || w == "aktivitetsplan";
    });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool is_list_item(std::string_view line) {
    return line.size() > 1 && (line[0] == '-' || line[0] == '*') && line[1] == ' ';
}

bool ends_a_sentence(std::string_view line) {
    const char last = line.empty() ? '\0' : line.back();
    return last == '.' || last == '!' || last == '?' || last == ':';
}

} // namespace

std::vector<std::string> lower_words(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        if (!current.empty())
            out.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_ascii_alnum(c)) {
            current += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (i + 1 < text.size() &&
                   is_latin1_letter(c, static_cast<unsigned char>(text[i + 1]))) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next <= 0x9E) // À..Þ: the capital is 0x20 below its small letter
                next = static_cast<unsigned char>(next + 0x20);
            current += static_cast<char>(c);
            current += static_cast<char>(next);
            ++i;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

std::string_view match_obligation(std::string_view sentence) {
    const auto words = lower_words(sentence);
    for (const auto& p : obligation_patterns())
        for (std::size_t at = 0; at < words.size(); ++at)
            if (matches_at(words, at, p))
                return p.name;
    return {};
}

bool is_obligation(std::string_view sentence) {
    return !match_obligation(sentence).empty();
}

bool starts_with_imperative(std::string_view item) {
    const auto words = lower_words(item);
    if (words.empty())
        return false;
    const std::string& first = words.front();
    if (std::find(imperative_verbs.begin(), imperative_verbs.end(), first) !=
        imperative_verbs.end())
        return true;
    return first.size() >= 6 && first.compare(first.size() - 3, 3, "era") == 0 &&
           first != "flera" && first != "övriga";
}

std::vector<obligation_sentence> find_obligations(std::string_view text) {
    std::vector<obligation_sentence> out;
    bool in_action_plan = false;
    bool items_seen = false; // list items since the last heading
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const auto line = trim(text.substr(start, end - start));
        start = end + 1;
        if (line.empty())
            continue;
        const bool item = is_list_item(line);
        if (!item && !ends_a_sentence(line)) {
            // A heading opens a handlingsplan; right under one it is a sub-heading
            // ("Handlingsplan" / "Policy för integrationsarbetet"); after its items, a new section.
            in_action_plan =
                is_action_plan_heading(lower_words(line)) || (in_action_plan && !items_seen);
            items_seen = false;
        } else if (!item) {
            in_action_plan = false; // prose ends the list of action items
        } else {
            items_seen = true;
        }
        const auto sentences = split_sentences(line);
        for (std::size_t k = 0; k < sentences.size(); ++k) {
            auto form = match_obligation(sentences[k]);
            if (form.empty() && item && in_action_plan && k == 0 &&
                starts_with_imperative(sentences[k]))
                form = imperative_item;
            if (!form.empty())
                out.push_back({sentences[k], form});
        }
        if (end == text.size())
            break;
    }
    return out;
}

} // namespace granska::checker
