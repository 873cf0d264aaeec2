#include "checker/verify.hpp"

#include "checker/escape.hpp"

#include "checker/read_report.hpp"
#include "checker/sha256.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace granska::checker {

namespace {

// `path` as the result shows it; a name that is not UTF-8 is shown escaped
// (escape.hpp's utf8_lossless), so that form is tried when the shown one is not there.
std::string file_sha256(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        in.open(utf8_lossless_decode(path), std::ios::binary);
    if (!in)
        return "";
    std::stringstream buffer;
    buffer << in.rdbuf();
    return sha256_hex(buffer.str());
}

// The recorded command line without the options that only shape the output.
std::vector<std::string> rerun_arguments(const run_report& r, const std::string& output) {
    std::vector<std::string> args;
    const auto& cmd = r.command_line;
    for (std::size_t i = 1; i < cmd.size(); ++i) {
        const std::string& a = cmd[i];
        bool dropped = false;
        for (const char* opt : {"--format", "--output", "--as-of", "--fail-on", "--baseline", "--compare"}) {
            if (a == opt) {
                ++i; // and its value
                dropped = true;
                break;
            }
            if (a.rfind(std::string(opt) + "=", 0) == 0) {
                dropped = true;
                break;
            }
        }
        if (!dropped)
            args.push_back(a);
    }
    for (const char* a : {"--format", "json", "--fail-on", "never", "--quiet"})
        args.push_back(a);
    args.push_back("--as-of");
    args.push_back(r.as_of);
    args.push_back("--output");
    args.push_back(output);
    return args;
}

int run(const std::string& exe, const std::vector<std::string>& args) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(exe.c_str()));
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::execv(exe.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

std::string key(const finding& f) {
    return fmt::format("{} {} {} {} {} {}", f.rule, to_string(f.level), f.about.kind, f.about.id, f.fingerprint,
                       f.message);
}

} // namespace

int verify_result(const std::string& result_path, const std::string& self_exe, std::ostream& out) {
    auto read = read_report(result_path);
    if (!read.value) {
        for (const auto& e : read.errors)
            out << render(e) << "\n";
        return 2;
    }
    const run_report& before = *read.value;
    if (before.command_line.size() < 2 || before.command_line[1] != "check") {
        out << "granska: fel: resultatet saknar en inspelad check-kommandorad\n";
        return 2;
    }
    std::size_t changed = 0;
    for (const auto& i : before.inputs) {
        const std::string now = file_sha256(i.path);
        if (now.empty()) {
            out << fmt::format("ändrad: {} finns inte längre\n", i.path);
            ++changed;
        } else if (now != i.sha256) {
            out << fmt::format("ändrad: {} (sha256 {} → {})\n", i.path, i.sha256.substr(0, 12), now.substr(0, 12));
            ++changed;
        }
    }
    for (const auto& p : before.packs) {
        const std::string now = file_sha256(p.file);
        if (now != p.sha256) {
            out << fmt::format("ändrat regelpaket: {} ({})\n", p.file, now.empty() ? "finns inte" : "ny sha256");
            ++changed;
        }
    }

    const std::string temp = (std::filesystem::temp_directory_path() /
                              fmt::format("granska-verify-{}.json", ::getpid())).string();
    const int status = run(self_exe, rerun_arguments(before, temp));
    auto again = read_report(temp);
    std::filesystem::remove(temp);
    if (status > 2 || !again.value) {
        out << "granska: fel: kontrollen kunde inte köras om\n";
        return 2;
    }
    const run_report& after = *again.value;

    std::map<std::string, int> diff; // +1 new, -1 gone
    std::map<std::string, std::string> where;
    for (const auto& c : before.cases)
        for (const auto& f : c.findings) {
            --diff[key(f)];
            where[key(f)] = c.path;
        }
    for (const auto& c : after.cases)
        for (const auto& f : c.findings) {
            ++diff[key(f)];
            where[key(f)] = c.path;
        }
    std::size_t differences = 0;
    for (const auto& [k, d] : diff) {
        if (d == 0)
            continue;
        ++differences;
        out << fmt::format("{} {}: {}\n", d > 0 ? "nytt fynd" : "försvunnet fynd", where[k], k);
    }
    if (before.errors.size() != after.errors.size()) {
        ++differences;
        out << fmt::format("antalet indatafel skiljer: {} då, {} nu\n", before.errors.size(), after.errors.size());
    }
    if (differences == 0) {
        out << fmt::format("identiskt: {} fynd i {} fall per {}{}\n", [&] {
            std::size_t n = 0;
            for (const auto& c : after.cases)
                n += c.findings.size();
            return n;
        }(), after.cases.size(), after.as_of, changed ? " (trots ändrade filer)" : "");
        return 0;
    }
    out << fmt::format("skiljer: {} skillnader; {} ändrade indata\n", differences, changed);
    return 1;
}

} // namespace granska::checker
