#include "checker/compile/pack_format.hpp"

#include "checker/compile/pack_tokens.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace granska::checker {

namespace {

// Words that begin a statement inside a rule (or any braces). A new
// statement keyword of the language belongs here; until it is added, a line
// it starts is indented as a continuation, which is still valid syntax.
constexpr std::array<std::string_view, 8> statement_keywords{
    "severity", "cite", "note", "for", "let", "require", "same_fact_as", "record"};

// Words that begin a declaration at the top level of a pack.
constexpr std::array<std::string_view, 8> top_level_keywords{
    "pack", "document", "applies", "include", "rule", "criterion", "not_checkable", "record"};

// Words inside braces that always begin a continuation line: a require's
// message stands under its condition.
constexpr std::array<std::string_view, 1> continuation_keywords{"else"};

// Top-level declarations that always have a blank line before them.
constexpr std::array<std::string_view, 2> block_keywords{"rule", "record"};

// Words after which `(` or `[` opens a group, not a call's arguments.
constexpr std::array<std::string_view, 14> operator_words{
    "and",     "or",  "not", "in", "where", "between", "else",
    "require", "let", "for", "if", "then",  "because", "to"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool is_open(const pack_token& t) {
    return t.kind == token_kind::punct && (t.text == "(" || t.text == "[");
}
bool is_close(const pack_token& t) {
    return t.kind == token_kind::punct && (t.text == ")" || t.text == "]");
}
bool is_punct(const pack_token& t, std::string_view p) {
    return t.kind == token_kind::punct && t.text == p;
}
bool is_word(const pack_token& t, std::string_view w) {
    return t.kind == token_kind::word && t.text == w;
}

// Columns count characters, not bytes, so alignment holds for å, ä, ö.
std::size_t width(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A bracket's content, or a statement at brace level, lines up its
// continuation lines: under the first element, and a condition's `and`/`or`
// under the condition that follows `where`.
struct open_group {
    std::size_t line_indent = 0; // indent of the line the bracket opened on
    std::optional<std::size_t> content;
    std::optional<std::size_t> condition; // the column after this level's latest `where`
};

class layout {
public:
    explicit layout(std::vector<pack_token> tokens) : tokens_(std::move(tokens)) {}

    std::string run() {
        for (index_ = 0; index_ < tokens_.size(); ++index_)
            place(tokens_[index_]);
        if (!out_.empty())
            out_ += '\n';
        return out_;
    }

private:
    const pack_token* previous() const { return index_ == 0 ? nullptr : &tokens_[index_ - 1]; }

    bool starts_statement(const pack_token& t) const {
        if (!groups_.empty() || t.kind != token_kind::word)
            return false;
        const pack_token* before = previous();
        // Items listed in braces, one a line (a record's fields), each start one.
        if (depth_ > 0 && before && is_punct(*before, ",") && t.breaks_before > 0)
            return true;
        if (depth_ > 0)
            return among(statement_keywords, t.text);
        const pack_token* prev = previous();
        // `cite document "…"` in a criterion is not the pack's `document`.
        return among(top_level_keywords, t.text) && !(prev && is_word(*prev, "cite"));
    }

    void place(const pack_token& t) {
        const pack_token* prev = previous();
        if (!prev) {
            begin_statement(t, 0);
            emit(t);
            return;
        }
        const bool trailing_comment = t.kind == token_kind::comment && t.breaks_before == 0;
        const bool after_top_level_block = closed_top_level_ && groups_.empty();
        const bool statement = starts_statement(t);
        const bool continuation = groups_.empty() && depth_ > 0 && t.kind == token_kind::word &&
                                  among(continuation_keywords, t.text);
        bool line_break =
            !trailing_comment &&
            (prev->kind == token_kind::comment || (is_punct(*prev, "{") && groups_.empty()) ||
             (is_punct(t, "}") && groups_.empty()) || after_top_level_block || statement ||
             continuation || (t.breaks_before > 0 && !is_punct(t, "{")));
        if (!line_break) {
            if (space_before(t, *prev))
                write(" ");
            emit(t);
            return;
        }
        bool blank = t.breaks_before >= 2;
        if (is_punct(*prev, "{") || is_punct(t, "}"))
            blank = false;
        if (after_top_level_block ||
            (depth_ == 0 && groups_.empty() && t.kind == token_kind::word &&
             among(block_keywords, t.text) && prev->kind != token_kind::comment))
            blank = true;
        out_ += blank ? "\n\n" : "\n";
        line_width_ = 0;
        const std::size_t indent = indent_for(t, statement || after_top_level_block ||
                                                     (is_punct(*prev, "{") && groups_.empty()));
        line_indent_ = indent;
        write(std::string(indent, ' '));
        emit(t);
    }

    std::size_t indent_for(const pack_token& t, bool new_statement) {
        if (is_punct(t, "}"))
            return (depth_ > 0 ? depth_ - 1 : 0) * 2;
        const pack_token& prev = tokens_[index_ - 1];
        const bool joins_condition =
            is_word(t, "and") || is_word(t, "or") || is_word(prev, "and") || is_word(prev, "or");
        if (!groups_.empty()) {
            const open_group& g = groups_.back();
            if (is_close(t))
                return g.line_indent;
            if (joins_condition && g.condition)
                return *g.condition;
            return g.content.value_or(g.line_indent + 4);
        }
        if (t.kind == token_kind::comment)
            return depth_ * 2;
        if (new_statement) {
            begin_statement(t, depth_ * 2);
            return depth_ * 2;
        }
        if (is_word(t, "else") || depth_ == 0)
            return statement_indent_ + 2;
        if (joins_condition && statement_.condition)
            return *statement_.condition;
        // `let x = […]` continues under its value.
        return statement_.content.value_or(statement_indent_ + statement_offset_);
    }

    void begin_statement(const pack_token& t, std::size_t indent) {
        statement_indent_ = indent;
        statement_ = open_group{};
        // Continuations line up under what follows the keyword: `clause`
        // under `section` in a citation, `or …` under a require's condition.
        statement_offset_ = depth_ > 0 && t.kind == token_kind::word ? width(t.text) + 1 : 2;
    }

    bool space_before(const pack_token& t, const pack_token& prev) const {
        if (t.kind == token_kind::comment)
            return true;
        if (is_open(prev) || is_punct(prev, ".") || unary_minus_)
            return false;
        if (is_close(t) || is_punct(t, ",") || is_punct(t, ".") || is_punct(t, "?"))
            return false;
        if (is_open(t))
            return !(prev.kind == token_kind::word && !among(operator_words, prev.text));
        if (is_punct(t, ":"))
            return !groups_.empty(); // `all(a in acts : …)`, but `field: type`
        return true;
    }

    void emit(const pack_token& t) {
        const pack_token* prev = previous();
        open_group& level = groups_.empty() ? statement_ : groups_.back();
        if (!groups_.empty() && !level.content)
            level.content = line_width_;
        if (prev && is_word(*prev, "where") && !level.condition)
            level.condition = line_width_;
        if (groups_.empty() && prev && is_punct(*prev, "=") && !level.content)
            level.content = line_width_;
        if (is_word(t, "for") || is_word(t, "where"))
            level.condition.reset(); // a new generator or condition starts
        unary_minus_ = is_punct(t, "-") &&
                       (!prev || (prev->kind == token_kind::punct && !is_close(*prev)) ||
                        (prev->kind == token_kind::word && among(operator_words, prev->text)));
        write(t.text);
        // A trailing comment after a rule's `}` still leaves the rule closed.
        if (t.kind != token_kind::comment || t.breaks_before > 0)
            closed_top_level_ = false;
        if (is_open(t)) {
            groups_.push_back({line_indent_, std::nullopt, std::nullopt});
        } else if (is_close(t)) {
            if (!groups_.empty())
                groups_.pop_back();
        } else if (is_punct(t, "{")) {
            ++depth_;
        } else if (is_punct(t, "}")) {
            if (depth_ > 0)
                --depth_;
            closed_top_level_ = depth_ == 0;
        }
    }

    void write(std::string_view s) {
        out_ += s;
        line_width_ += width(s);
    }

    std::vector<pack_token> tokens_;
    std::size_t index_ = 0;
    std::string out_;
    std::size_t line_width_ = 0;
    std::size_t line_indent_ = 0;
    std::size_t depth_ = 0;
    std::vector<open_group> groups_;
    std::size_t statement_indent_ = 0;
    std::size_t statement_offset_ = 2;
    open_group statement_; // the statement's own level, outside any bracket
    bool unary_minus_ = false;
    bool closed_top_level_ = false;
};

} // namespace

std::string format_pack(std::string_view source) {
    return layout(tokenize_pack(source)).run();
}

bool same_tokens(std::string_view a, std::string_view b) {
    const auto x = tokenize_pack(a);
    const auto y = tokenize_pack(b);
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [](const pack_token& p, const pack_token& q) {
                          return p.kind == q.kind && p.text == q.text;
                      });
}

} // namespace granska::checker
