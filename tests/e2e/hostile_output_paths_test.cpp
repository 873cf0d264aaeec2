// Where --output and `baseline write` may write (issue 16, item 1): a regular
// file or nothing is replaced atomically; a FIFO or a character device is
// written through and stays what it was; a link is followed to its target and
// stays a link; a link to nothing is refused; an input is never overwritten.
// Every node is made in the test's own temporary folder, never under /dev.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <poll.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace granska::hostile;

namespace {

std::vector<std::string> check_args(const std::string& case_dir, const std::string& output) {
    std::vector<std::string> args{"check",    case_dir, "--as-of",  as_of,
                                  "--format", "json",   "--output", output};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    return args;
}

mode_t kind_of(const std::string& path) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    return st.st_mode & S_IFMT;
}

} // namespace

TEST_CASE("output into a FIFO is written through and the FIFO stays", "[e2e][hostile][output]") {
    const scratch s;
    const std::string fifo = s / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Opened before granska runs, so its open for writing does not block; a
    // thread drains the pipe, as the run may write more than its buffer holds.
    const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(fd >= 0);
    std::atomic<bool> finished{false};
    std::string received;
    std::thread reader([&] {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0) {
                received.append(buffer, static_cast<std::size_t>(n));
                continue;
            }
            if (finished)
                break;
            pollfd p{fd, POLLIN, 0};
            ::poll(&p, 1, 20);
        }
    });
    const auto r = granska::e2e::run_granska(check_args(fixture(), fifo));
    finished = true;
    reader.join();
    ::close(fd);
    CHECK(r.status == 0);
    CHECK(kind_of(fifo) == S_IFIFO);
    const auto report = json::parse(received, nullptr, false);
    REQUIRE(report.is_object());
    CHECK(report["cases"][0]["findings"].size() == fixture_findings());
}

TEST_CASE("output into a character device is written through and the node stays",
          "[e2e][hostile][output]") {
    const scratch s;
    const std::string node = s / "null";
    // The numbers of /dev/null, made in the test's folder (the tests run as root).
    if (::mknod(node.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0) {
        WARN("cannot make a character device here (not root?): " << std::strerror(errno));
        return;
    }
    const auto r = granska::e2e::run_granska(check_args(fixture(), node));
    INFO(r.err);
    if (r.status == 2 && r.err.find("åtkomst") != std::string::npos) {
        WARN("the temporary folder is mounted nodev: the device cannot be opened");
        return;
    }
    CHECK(r.status == 0);
    CHECK(kind_of(node) == S_IFCHR);
}

TEST_CASE("output through a symbolic link replaces the link's target and keeps the link",
          "[e2e][hostile][output]") {
    const scratch s;
    fs::create_directory(s / "real");
    write(s / "real/result.json", "old");
    fs::create_symlink(s / "real/result.json", s / "link.json");
    const auto r = granska::e2e::run_granska(check_args(fixture(), s / "link.json"));
    CHECK(r.status == 0);
    CHECK(kind_of(s / "link.json") == S_IFLNK);
    const auto report =
        json::parse(granska::e2e::read_file(s / "real/result.json"), nullptr, false);
    REQUIRE(report.is_object());
    CHECK(report["cases"][0]["findings"].size() == fixture_findings());
    CHECK(fs::read_symlink(s / "link.json") == s / "real/result.json");
}

TEST_CASE("output through a link to nothing is refused", "[e2e][hostile][output]") {
    const scratch s;
    fs::create_symlink(s / "elsewhere/created.json", s / "dangling.json");
    fs::create_directory(s / "elsewhere");
    for (const auto& args :
         {check_args(fixture(), s / "dangling.json"),
          std::vector<std::string>{"baseline", "write", s / "dangling.json", fixture(), "--as-of",
                                   as_of, "--rules", own_pack[1], "--policies", own_pack[3]}}) {
        const auto r = granska::e2e::run_granska(args);
        CHECK(r.status == 2);
        CHECK(r.err == "granska: fel: kan inte skriva " + s / "dangling.json" +
                           ": en symbolisk länk till något som inte finns skrivs inte (den kunde "
                           "peka var som helst)\n");
        CHECK(kind_of(s / "dangling.json") == S_IFLNK);
        CHECK(!fs::exists(s / "elsewhere/created.json"));
    }
}

TEST_CASE("an output path that is one of the inputs is refused and the input stays",
          "[e2e][hostile][output]") {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    const std::string policy = granska::e2e::read_file(c + "/policy.json");
    write(s / "waivers.json", R"({"format": "granska-waivers/1", "waivers": []})");
    const std::vector<std::pair<std::vector<std::string>, std::string>> runs{
        {check_args(c, c + "/policy.json"), c + "/policy.json"},
        {check_args(c, c + "/plans/new-report.json"), c + "/plans/new-report.json"},
        {std::vector<std::string>{"baseline", "write", c + "/plans/sn-2026.json", c, "--as-of",
                                  as_of, "--rules", own_pack[1], "--policies", own_pack[3]},
         c + "/plans/sn-2026.json"},
    };
    for (const auto& [args, target] : runs) {
        const auto r = granska::e2e::run_granska(args);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err == "granska: fel: kan inte skriva " + target + ": sökvägen hör till indata (" +
                           c +
                           "), som då skulle skrivas över eller ändras; välj en fil utanför "
                           "det som kontrolleras\n");
    }
    auto waived = check_args(c, s / "waivers.json");
    waived.insert(waived.end(), {"--waivers", s / "waivers.json"});
    const auto r = granska::e2e::run_granska(waived);
    CHECK(r.status == 2);
    CHECK(r.err.find("hör till indata (" + s / "waivers.json" + ")") != std::string::npos);
    CHECK(granska::e2e::read_file(c + "/policy.json") == policy);
    CHECK(!fs::exists(c + "/plans/new-report.json"));
    CHECK(granska::e2e::read_file(s / "waivers.json").find("granska-waivers/1") !=
          std::string::npos);
}
