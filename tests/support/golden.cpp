#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;

namespace granska::testing {

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start) + " (ingen radbrytning sist)");
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// Above this many differing lines on each side the diff lists both regions
// whole instead of aligning them: a longest common subsequence table of that
// size would cost more than the diff is worth.
constexpr std::size_t aligned_diff_limit = 2000;

// Lines that stay the same shown before and after each change.
constexpr std::size_t context_lines = 3;

struct diff_line {
    char mark; // ' ', '-' or '+'
    std::string text;
};

std::vector<diff_line> align(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<diff_line> out;
    if (a.size() > aligned_diff_limit || b.size() > aligned_diff_limit) {
        for (const auto& l : a)
            out.push_back({'-', l});
        for (const auto& l : b)
            out.push_back({'+', l});
        return out;
    }
    // lcs[i][j]: longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<std::uint32_t>> lcs(a.size() + 1,
                                                std::vector<std::uint32_t>(b.size() + 1));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] =
                a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            out.push_back({' ', a[i]});
            ++i, ++j;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.push_back({'+', b[j++]});
        } else {
            out.push_back({'-', a[i++]});
        }
    }
    return out;
}

} // namespace

fs::path golden_root() {
    return fs::path(GRANSKA_SOURCE_DIR) / "tests" / "golden";
}

bool updating_golden() {
    const char* update = std::getenv("GRANSKA_UPDATE_GOLDEN");
    return update != nullptr && std::string(update) == "1";
}

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string line_diff(const std::string& expected, const std::string& actual) {
    if (expected == actual)
        return "";
    const auto a = split_lines(expected);
    const auto b = split_lines(actual);
    // Equal lines at both ends are left out of the alignment (they are most
    // of a golden file), then the region between is aligned line by line.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const std::vector<std::string> a_mid(a.begin() + head, a.end() - tail);
    const std::vector<std::string> b_mid(b.begin() + head, b.end() - tail);
    std::vector<diff_line> lines;
    for (std::size_t k = head > context_lines ? head - context_lines : 0; k < head; ++k)
        lines.push_back({' ', a[k]});
    for (auto& l : align(a_mid, b_mid))
        lines.push_back(std::move(l));
    for (std::size_t k = a.size() - tail; k < a.size() - tail + std::min(tail, context_lines); ++k)
        lines.push_back({' ', a[k]});
    std::ostringstream out;
    out << "@@ expected from line " << (head > context_lines ? head - context_lines : 0) + 1
        << " (- expected, + actual) @@\n";
    for (const auto& l : lines)
        out << l.mark << l.text << '\n';
    return out.str();
}

void check_golden(const std::string& relative, const std::string& actual) {
    const fs::path path = golden_root() / relative;
    if (updating_golden()) {
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path.string());
    }
    INFO("golden file " << path.string()
                        << " (run the test with GRANSKA_UPDATE_GOLDEN=1 to rewrite it)");
    REQUIRE(fs::is_regular_file(path));
    const std::string expected = read_bytes(path);
    // A bool, not the two strings: Catch2 would print whole files otherwise.
    const bool identical = expected == actual;
    INFO(line_diff(expected, actual));
    CHECK(identical);
}

std::size_t check_golden_folder(const std::string& folder, const std::string& input_extension,
                                const std::function<std::string(const fs::path&)>& render) {
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::directory_iterator(golden_root() / folder))
        if (entry.path().extension() == "." + input_extension)
            inputs.push_back(entry.path());
    std::sort(inputs.begin(), inputs.end());
    for (const auto& input : inputs) {
        auto expect = fs::path(folder) / input.filename();
        expect.replace_extension(".expect");
        check_golden(expect.string(), render(input));
    }
    return inputs.size();
}

} // namespace granska::testing
