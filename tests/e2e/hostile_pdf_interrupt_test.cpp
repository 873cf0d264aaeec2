// --format pdf interrupted (issue 16, item 11): SIGTERM or SIGINT while the
// browser runs kills the browser's process group, removes every temporary
// folder and ends granska as interrupted. A stand-in browser (a script that
// records its pid and sleeps) makes the test independent of Chromium.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <thread>

#include <sys/wait.h>

using namespace granska::hostile;

namespace {

bool alive(pid_t pid) {
    return ::kill(pid, 0) == 0;
}

} // namespace

TEST_CASE("an interrupted PDF run leaves no browser and no temporary folder",
          "[e2e][hostile][pdf]") {
    for (const int signal : {SIGTERM, SIGINT}) {
        const scratch s;
        fs::create_directory(s / "tmp");
        const std::string browser = s / "browser.sh";
        write(browser, "#!/bin/sh\necho $$ > \"$GRANSKA_TEST_PID_FILE\"\nexec sleep 120\n");
        fs::permissions(browser, fs::perms::owner_all);
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::setenv("TMPDIR", (s / "tmp").c_str(), 1);
            ::setenv("GRANSKA_CHROMIUM", browser.c_str(), 1);
            ::setenv("GRANSKA_TEST_PID_FILE", (s / "browser.pid").c_str(), 1);
            const int null = ::open("/dev/null", O_RDWR);
            if (null < 0 || ::chdir(GRANSKA_SOURCE_DIR) != 0)
                ::_exit(126);
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
            std::vector<std::string> args{"check",    fixture(), "--as-of",  as_of,
                                          "--format", "pdf",     "--output", s / "rapport.pdf"};
            args.insert(args.end(), own_pack.begin(), own_pack.end());
            granska::e2e::exec_granska(args);
        }
        REQUIRE(pid > 0);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!fs::exists(s / "browser.pid") && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        REQUIRE(fs::exists(s / "browser.pid"));
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const pid_t browser_pid = std::stoi(granska::e2e::read_file(s / "browser.pid"));
        REQUIRE(alive(browser_pid));
        ::kill(pid, signal);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == signal);
        const bool browser_left = alive(browser_pid);
        if (browser_left)
            ::kill(browser_pid, SIGKILL); // what main did: the browser outlived granska
        CHECK_FALSE(browser_left);
        std::size_t left = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(s / "tmp"))
            ++left;
        CHECK(left == 0);
        CHECK_FALSE(fs::exists(s / "rapport.pdf"));
    }
}
