// granska fmt [--check] FILE…: rewrites packs in the one layout
// (checker/compile/pack_format.hpp), or with --check lists those that differ.
#include "checker/base/file_text.hpp"
#include "checker/base/output.hpp"
#include "checker/cli/cli_commands.hpp"
#include "checker/compile/pack_format.hpp"
#include "grammar/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

// The .rules files a path names: the file itself, or every one under a folder.
bool collect(const std::string& path, std::vector<std::string>& files) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(path, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->path().extension() == ".rules" && it->is_regular_file(ec))
                found.push_back(it->path().string());
        if (ec) {
            std::cerr << fmt::format("granska: fel: {}: mappen kan inte läsas: {}\n", path,
                                     ec.message());
            return false;
        }
        if (found.empty()) {
            std::cerr << fmt::format("granska: fel: {}: mappen har inga regelpaket (*.rules)\n",
                                     path);
            return false;
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
        return true;
    }
    if (!fs::is_regular_file(path, ec)) {
        std::cerr << fmt::format("granska: fel: {}: filen finns inte\n", path);
        return false;
    }
    files.push_back(path);
    return true;
}

enum class outcome { unchanged, changed, failed };

outcome format_file(const std::string& path, bool check_only) {
    std::string unreadable;
    const auto read = read_file_text(path, unreadable);
    if (!read) {
        std::cerr << fmt::format("granska: fel: {}: {}\n", path, unreadable);
        return outcome::failed;
    }
    const std::string& source = *read;
    auto parsed = parser::parse_rule_pack(path, source);
    if (!parsed.value) {
        for (const auto& d : parsed.errors)
            std::cerr << render(d) << '\n';
        std::cerr << fmt::format("granska: fel: {}: formateras inte förrän felen ovan är "
                                 "rättade\n",
                                 path);
        return outcome::failed;
    }
    const std::string formatted = format_pack(source);
    // A layout that lost or changed a token would change the pack's meaning:
    // never written, reported as the fault it is.
    if (!same_tokens(source, formatted) || !parser::parse_rule_pack(path, formatted).value) {
        std::cerr << fmt::format("granska: internt fel: {}: formateringen skulle ändra "
                                 "paketets innehåll; filen lämnas orörd\n",
                                 path);
        return outcome::failed;
    }
    if (formatted == source)
        return outcome::unchanged;
    if (check_only) {
        std::cout << fmt::format("{}: behöver formateras\n", path);
        return outcome::changed;
    }
    atomic_file out;
    std::string error = out.open(path);
    if (error.empty()) {
        out.write(formatted);
        error = out.commit();
    }
    if (!error.empty()) {
        std::cerr << "granska: fel: " << error << '\n';
        return outcome::failed;
    }
    std::cout << fmt::format("{}: formaterad\n", path);
    return outcome::changed;
}

} // namespace

int run_fmt_command(const std::vector<std::string>& paths, bool check_only) {
    std::vector<std::string> files;
    bool ok = true;
    for (const auto& p : paths)
        ok = collect(p, files) && ok;
    std::size_t changed = 0;
    for (const auto& f : files) {
        switch (format_file(f, check_only)) {
        case outcome::changed:
            ++changed;
            break;
        case outcome::failed:
            ok = false;
            break;
        case outcome::unchanged:
            break;
        }
    }
    if (check_only)
        std::cout << fmt::format("Kontrollerade regelpaket: {}, behöver formateras: {}.\n",
                                 files.size(), changed);
    else
        std::cout << fmt::format("Lästa regelpaket: {}, formaterade: {}.\n", files.size(), changed);
    if (!ok)
        return 2;
    return check_only && changed > 0 ? 1 : 0;
}

} // namespace granska::checker
