#include "checker/results/verify.hpp"

#include "checker/base/escape.hpp"
#include "checker/base/file_text.hpp"
#include "checker/base/sha256.hpp"
#include "checker/results/command_line.hpp"
#include "checker/results/json_diff.hpp"
#include "checker/results/read_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

namespace granska::checker {

namespace {

namespace fs = std::filesystem;

// `path` as the result shows it; a name that is not UTF-8 is shown escaped
// (escape.hpp's utf8_lossless), so that form is tried when the shown one is not there.
std::string file_text(const std::string& path) {
    std::string unreadable;
    if (auto text = read_file_text(path, unreadable))
        return *text;
    return read_file_text(utf8_lossless_decode(path));
}

std::string file_sha256(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) && !fs::is_regular_file(utf8_lossless_decode(path), ec))
        return "";
    return sha256_hex(file_text(path));
}

// Runs `exe` with `args`; its exit status, or -1 if it could not be started
// or did not exit normally.
int run(const std::string& exe, const std::vector<std::string>& args) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(exe.c_str()));
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        ::execv(exe.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status) == 127 ? -1 : WEXITSTATUS(status);
}

// A folder only this user can enter (mkdtemp makes it 0700 under an
// unpredictable name), so no other user can put a file or link where the
// re-run writes its result. Removed with everything in it on destruction.
class private_folder {
public:
    private_folder() {
        std::string pattern = (fs::temp_directory_path() / "granska-verify-XXXXXX").string();
        if (::mkdtemp(pattern.data()))
            path_ = pattern;
    }
    private_folder(const private_folder&) = delete;
    private_folder& operator=(const private_folder&) = delete;
    ~private_folder() {
        std::error_code ec;
        if (!path_.empty())
            fs::remove_all(path_, ec);
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Inputs and packs whose files changed since the result was recorded: the
// likely reason for a difference, said before the differences themselves.
std::size_t report_changed_inputs(const run_report& before, std::ostream& out) {
    std::size_t changed = 0;
    for (const auto& i : before.inputs) {
        const std::string now = file_sha256(i.path);
        if (now.empty())
            out << fmt::format("ändrad indata: {} finns inte längre\n", i.path);
        else if (now != i.sha256)
            out << fmt::format("ändrad indata: {} (sha256 {} → {})\n", i.path,
                               i.sha256.substr(0, 12), now.substr(0, 12));
        changed += now != i.sha256;
    }
    for (const auto& p : before.packs) {
        const std::string now = file_sha256(p.file);
        if (now != p.sha256)
            out << fmt::format("ändrat regelpaket: {} ({})\n", p.file,
                               now.empty() ? "finns inte längre" : "ny sha256");
        changed += now != p.sha256;
    }
    return changed;
}

void report_difference(const json_difference& d, std::ostream& out) {
    switch (d.what) {
    case json_difference::kind::changed:
        out << fmt::format("skiljer {}: inspelat {}, omkört {}\n", d.pointer, d.before, d.after);
        break;
    case json_difference::kind::only_before:
        out << fmt::format("saknas i omkörningen {}: inspelat {}\n", d.pointer, d.before);
        break;
    case json_difference::kind::only_after:
        out << fmt::format("finns bara i omkörningen {}: omkört {}\n", d.pointer, d.after);
        break;
    }
}

std::string quoted_command(const std::string& exe_name, const std::vector<std::string>& args) {
    std::string text = exe_name;
    for (const auto& a : args)
        text += " " + a;
    return text;
}

} // namespace

const std::vector<std::string>& verify_ignored_pointers() {
    static const std::vector<std::string> pointers{"/command_line", "/tool/version"};
    return pointers;
}

int verify_result(const std::string& result_path, const std::string& self_exe, std::ostream& out,
                  std::ostream& err) {
    auto read = read_report(result_path);
    if (!read.value) {
        for (const auto& e : read.errors)
            err << render(e) << "\n";
        return 2;
    }
    const run_report& before = *read.value;
    if (!is_rerunnable(before.command_line)) {
        err << fmt::format("granska: fel: {} saknar en inspelad kommandorad som verify kan köra om "
                           "(granska check eller granska merge)\n",
                           result_path);
        return 2;
    }
    const nlohmann::json recorded = nlohmann::json::parse(file_text(result_path), nullptr, false);
    if (recorded.is_discarded()) {
        err << fmt::format("granska: fel: {} går inte att läsa som JSON\n", result_path);
        return 2;
    }
    const std::size_t changed = report_changed_inputs(before, out);

    private_folder folder;
    if (folder.path().empty()) {
        err << "granska: fel: kan inte skapa en privat tillfällig mapp för omkörningen\n";
        return 2;
    }
    const std::string rerun_file = folder.path() + "/omkorning.json";
    const auto args = rerun_arguments(before.command_line, before.as_of, rerun_file);
    out << "kör om: " << quoted_command("granska", args) << "\n";
    out.flush();
    const int status = run(self_exe, args);
    const nlohmann::json again = nlohmann::json::parse(file_text(rerun_file), nullptr, false);
    if (status < 0 || again.is_discarded() || !again.is_object()) {
        err << fmt::format("granska: fel: omkörningen gav inget resultat (status {})\n", status);
        return 2;
    }

    const auto& ignored = verify_ignored_pointers();
    const auto differences = json_differences(recorded, again, ignored);
    for (const auto& d : differences)
        report_difference(d, out);
    const std::string version_before = recorded.value("/tool/version"_json_pointer, "");
    const std::string version_after = again.value("/tool/version"_json_pointer, "");
    if (version_before != version_after)
        out << fmt::format("inspelat med granska {}, omkört med granska {}\n", version_before,
                           version_after);
    out << fmt::format("jämfört: hela resultatet utom {} (får skilja: verify lägger till "
                       "--format json, --output och --as-of, och en senare version får köra om)\n",
                       fmt::join(ignored, " och "));
    if (status == 2) {
        err << fmt::format("granska: fel: omkörningen avslutades med status 2 (indatafel eller "
                           "regelpaket med fel); {} skillnader\n",
                           differences.size());
        return 2;
    }
    if (differences.empty()) {
        std::size_t findings = 0;
        for (const auto& c : before.cases)
            findings += c.findings.size();
        out << fmt::format("identiskt: {} fynd i {} fall per {}{}\n", findings, before.cases.size(),
                           before.as_of, changed ? " (trots ändrade filer)" : "");
        return 0;
    }
    out << fmt::format("skiljer: {} skillnader; {} ändrade indata\n", differences.size(), changed);
    return 1;
}

} // namespace granska::checker
