#include "checker/report/pdf.hpp"

#include "checker/base/file_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace granska::checker {

namespace {

namespace fs = std::filesystem;

// A private folder that is removed when the scope ends, whatever happens.
class temp_folder {
public:
    explicit temp_folder(const char* prefix) {
        std::string pattern =
            (fs::temp_directory_path() / fmt::format("{}-XXXXXX", prefix)).string();
        if (::mkdtemp(pattern.data()))
            path_ = pattern;
    }
    ~temp_folder() {
        std::error_code ignored;
        if (!path_.empty())
            fs::remove_all(path_, ignored);
    }
    temp_folder(const temp_folder&) = delete;
    temp_folder& operator=(const temp_folder&) = delete;
    bool ok() const { return !path_.empty(); }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// The last few lines of chromium's log: enough to see why it failed.
std::string log_tail(const std::string& log) {
    std::vector<std::string> lines;
    std::istringstream in(log);
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line);
    const std::size_t from = lines.size() > 3 ? lines.size() - 3 : 0;
    std::string out;
    for (std::size_t i = from; i < lines.size(); ++i)
        out += "\n  " + lines[i];
    return out;
}

// SIGINT, SIGTERM or SIGHUP while a browser runs: noted here, acted on in
// the wait loop (the browser's process group killed), and raised again once
// every temporary folder is gone, so the run ends as interrupted.
volatile std::sig_atomic_t interrupted = 0;

extern "C" void note_interrupt(int signal) {
    interrupted = signal;
}

class interrupt_guard {
public:
    interrupt_guard() {
        if (depth_++ > 0)
            return;
        struct sigaction action {};
        action.sa_handler = note_interrupt;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < signals.size(); ++i)
            ::sigaction(signals[i], &action, &previous_[i]);
    }
    // Declared before the temporary folders, so it ends after them.
    ~interrupt_guard() {
        if (--depth_ > 0)
            return;
        for (std::size_t i = 0; i < signals.size(); ++i)
            ::sigaction(signals[i], &previous_[i], nullptr);
        if (const int signal = interrupted; signal != 0)
            ::raise(signal);
    }
    interrupt_guard(const interrupt_guard&) = delete;
    interrupt_guard& operator=(const interrupt_guard&) = delete;

private:
    static constexpr std::array<int, 3> signals{SIGINT, SIGTERM, SIGHUP};
    static inline int depth_ = 0;
    std::array<struct sigaction, 3> previous_{};
};

bool executable(const fs::path& p) {
    return ::access(p.c_str(), X_OK) == 0 && !fs::is_directory(p);
}

} // namespace

std::string find_chromium() {
    if (const char* env = std::getenv("GRANSKA_CHROMIUM"); env && *env)
        return env;
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    std::vector<std::string> folders;
    for (std::string dir; std::getline(dirs, dir, ':');)
        folders.push_back(dir.empty() ? "." : dir);
    for (const char* name :
         {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"})
        for (const auto& dir : folders)
            if (const fs::path candidate = fs::path(dir) / name; executable(candidate))
                return candidate.string();
    return {};
}

std::string file_url(const std::string& path) {
    const std::string absolute = fs::absolute(path).lexically_normal().generic_string();
    std::string out = "file://";
    for (const unsigned char c : absolute) {
        const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                          c == '/';
        out += safe ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return out;
}

std::vector<std::string> headless_flags() {
    return {"--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync"};
}

headless_result run_headless(const std::vector<std::string>& args, const std::string& url,
                             int timeout_seconds) {
    headless_result result;
    const std::string browser = find_chromium();
    if (browser.empty()) {
        result.error = "chromium saknas: installera Debians paket chromium (ci/install-browser.sh) "
                       "eller ange webbläsarens sökväg i GRANSKA_CHROMIUM";
        return result;
    }
    const interrupt_guard guard;
    temp_folder profile("granska-chromium");
    temp_folder logs("granska-chromium-log");
    if (!profile.ok() || !logs.ok()) {
        result.error = "kan inte skapa en tillfällig mapp för chromium";
        return result;
    }
    std::vector<std::string> argv{browser};
    for (auto& flag : headless_flags())
        argv.push_back(std::move(flag));
    argv.push_back("--user-data-dir=" + profile.path().string());
    argv.insert(argv.end(), args.begin(), args.end());
    argv.push_back(url);
    std::vector<char*> cargv;
    for (auto& a : argv)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);

    const std::string out_file = (logs.path() / "stdout").string();
    const std::string err_file = (logs.path() / "stderr").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    // Its own process group, so a time-out stops the renderer and helpers too.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = 0;
    const int spawned =
        ::posix_spawnp(&pid, browser.c_str(), &actions, &attributes, cargv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) {
        result.error = fmt::format("kan inte starta {}", browser);
        return result;
    }

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    int status = 0;
    bool stopped = false;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (interrupted != 0) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            result.error = "avbruten";
            return result;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            stopped = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    result.output = read_file_text(out_file);
    if (stopped) {
        result.error =
            fmt::format("chromium svarade inte inom {} sekunder och stoppades", timeout_seconds);
        return result;
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (result.status != 0)
        result.error = fmt::format("chromium avslutades med status {}:{}", result.status,
                                   log_tail(read_file_text(err_file)));
    return result;
}

int pdf_timeout_seconds(std::size_t findings) {
    constexpr std::size_t base_seconds = 120;
    constexpr std::size_t findings_per_second = 200;
    constexpr std::size_t longest_seconds = 24 * 60 * 60;
    return static_cast<int>(
        std::min(base_seconds + findings / findings_per_second, longest_seconds));
}

pdf_result html_to_pdf(const std::string& html, int timeout_seconds) {
    pdf_result result;
    const interrupt_guard guard;
    temp_folder work("granska-pdf");
    if (!work.ok()) {
        result.error = "kan inte skapa en tillfällig mapp för PDF:en";
        return result;
    }
    const fs::path page = work.path() / "rapport.html";
    const fs::path pdf = work.path() / "rapport.pdf";
    std::ofstream(page, std::ios::binary) << html;
    // --no-pdf-header-footer is today's name; --print-to-pdf-no-header the
    // older one (chromium ignores flags it does not know).
    const auto run = run_headless(
        {"--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=" + pdf.string()},
        file_url(page.string()), timeout_seconds);
    if (!run.error.empty()) {
        result.error = run.error;
        return result;
    }
    result.pdf = read_file_text(pdf);
    if (!result.pdf.starts_with("%PDF-")) {
        result.pdf.clear();
        result.error = "chromium skrev ingen PDF";
    }
    return result;
}

} // namespace granska::checker
