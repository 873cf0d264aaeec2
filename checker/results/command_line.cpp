#include "checker/results/command_line.hpp"

#include <algorithm>
#include <string_view>

namespace granska::checker {

namespace {

// Options (with one value each) and flags; an option's value may follow as
// the next argument or after '=' (and for short options, attached: -j4).
struct dropped_options {
    std::vector<std::string_view> with_value;
    std::vector<std::string_view> flags;
};

bool among(const std::vector<std::string_view>& names, std::string_view arg) {
    return std::find(names.begin(), names.end(), arg) != names.end();
}

// Whether `arg` carries its value inside it: --name=VALUE, or -xVALUE for a
// one-letter option.
bool is_attached_form(const std::vector<std::string_view>& names, std::string_view arg) {
    for (const auto name : names) {
        if (name.starts_with("--") && arg.size() > name.size() && arg.starts_with(name) &&
            arg[name.size()] == '=')
            return true;
        if (!name.starts_with("--") && name.size() == 2 && arg.size() > 2 && arg.starts_with(name))
            return true;
    }
    return false;
}

// `args` from `first` on without the dropped options and their values;
// after "--" every argument is an operand and stays.
std::vector<std::string> without(const std::vector<std::string>& args, std::size_t first,
                                 const dropped_options& drop) {
    std::vector<std::string> out;
    bool operands_only = false;
    for (std::size_t i = first; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (!operands_only && a == "--")
            operands_only = true;
        else if (!operands_only && among(drop.with_value, a)) {
            ++i; // and its value
            continue;
        } else if (!operands_only && (among(drop.flags, a) || is_attached_form(drop.with_value, a)))
            continue;
        out.push_back(a);
    }
    return out;
}

// How many words name the sub-command: "check", "merge"; "baseline write".
std::size_t subcommand_words(const std::vector<std::string>& recorded) {
    return recorded.size() > 2 && recorded[1] == "baseline" ? 2 : 1;
}

} // namespace

std::vector<std::string> recorded_command_line(const std::vector<std::string>& argv) {
    static const dropped_options unrecorded{{"-j", "--jobs", "--output"},
                                            {"-v", "--verbose", "-q", "--quiet"}};
    std::vector<std::string> out{"granska"};
    const auto rest = without(argv, 1, unrecorded);
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

bool is_rerunnable(const std::vector<std::string>& recorded) {
    return recorded.size() >= 2 && (recorded[1] == "check" || recorded[1] == "merge");
}

std::vector<std::string> rerun_arguments(const std::vector<std::string>& recorded,
                                         const std::string& as_of, const std::string& output) {
    const bool check = recorded.size() >= 2 && recorded[1] == "check";
    const dropped_options replaced{
        check ? std::vector<std::string_view>{"--format", "--output", "--as-of"}
              : std::vector<std::string_view>{"--format", "--output"},
        {}};
    const std::size_t words = subcommand_words(recorded);
    std::vector<std::string> out(
        recorded.begin() + 1,
        recorded.begin() + static_cast<std::ptrdiff_t>(std::min(recorded.size(), 1 + words)));
    for (const std::string& a :
         {std::string("--format"), std::string("json"), std::string("--output"), output})
        out.push_back(a);
    if (check) {
        out.push_back("--as-of");
        out.push_back(as_of);
    }
    const auto rest = without(recorded, 1 + words, replaced);
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

} // namespace granska::checker
