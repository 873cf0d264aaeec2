// Hostile file systems (issue 9), end to end: symlink loops, files that
// cannot be read or vanish, a folder of 100,000 files, and --output into
// places it cannot go or a run killed while writing it. The tests run as
// root, where permissions cannot make a file unreadable: a dangling link, a
// link loop and a FIFO stand in for it.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <thread>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace granska::hostile;

namespace {
std::size_t entries(const std::string& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++n;
    return n;
}

// The fixture's plan under another id (ids are unique in a case).
std::string plan_named(const std::string& id) {
    std::string text = granska::e2e::read_file(fixture() + "/plans/sn-2026.json");
    text.replace(text.find("\"sn-2026\""), 9, "\"" + id + "\"");
    text.replace(text.find("\"sn-a1\""), 7, "\"" + id + "-a\"");
    text.replace(text.find("\"sn-mal-1\""), 10, "\"" + id + "-m\"");
    return text;
}
} // namespace

TEST_CASE("a symlink loop in a case folder is reported, not followed forever", "[e2e][hostile]") {
    SECTION("a file link to itself") {
        batch b;
        prepare_batch(b, "plans/loop.json");
        fs::create_symlink("loop.json", b.bad_file);
        run_prepared(b);
        require_input_error_and_good_case(b);
        CHECK(only_error(b) == "0:0 kan inte läsa filen: symboliska länkar i en slinga");
    }
    SECTION("a folder link back to its parent is not followed") {
        const scratch s;
        const auto c = copy_case(s.dir, "case");
        fs::create_directory_symlink("..", c + "/plans/again");
        const auto r = check_json({c});
        CHECK(r.raw.status == 0);
        REQUIRE(r.report.is_object());
        CHECK(r.report["errors"].empty());
        CHECK(r.report["cases"][0]["findings"].size() == fixture_findings());
    }
}

TEST_CASE("a file that cannot be opened is an error naming it", "[e2e][hostile]") {
    if (::geteuid() == 0) {
        WARN("run as root: permissions cannot make a file unreadable; see the link and FIFO tests");
        return;
    }
    batch b;
    prepare_batch(b, "plans/sn-2026.json");
    fs::permissions(b.bad_file, fs::perms::none);
    run_prepared(b);
    fs::permissions(b.bad_file, fs::perms::owner_all);
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "0:0 kan inte läsa filen: åtkomst nekad");
}

TEST_CASE("a FIFO named like a submission is refused without blocking", "[e2e][hostile]") {
    // Opening a FIFO for reading would wait for a writer forever.
    SECTION("in a case folder") {
        batch b;
        prepare_batch(b, "plans/fifo.json");
        REQUIRE(::mkfifo(b.bad_file.c_str(), 0644) == 0);
        run_prepared(b);
        require_input_error_and_good_case(b);
        CHECK(only_error(b) == "0:0 kan inte läsa filen: är ingen vanlig fil");
    }
    SECTION("named as a case") {
        batch b;
        prepare_batch(b, "fifo.json");
        REQUIRE(::mkfifo(b.bad_file.c_str(), 0644) == 0);
        b.bad_case = b.bad_file;
        run_prepared(b);
        require_input_error_and_good_case(b);
        CHECK(only_error(b) == "0:0 fallet kan inte läsas: är varken en mapp eller en vanlig fil");
    }
}

TEST_CASE("a folder named like a submission is searched like any folder", "[e2e][hostile]") {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    write(c + "/plans/x.json/inner.json", plan_named("inner"));
    const auto r = check_json({c});
    CHECK(r.raw.status == 0);
    REQUIRE(r.report.is_object());
    CHECK(r.report["errors"].empty());
    bool seen = false;
    for (const auto& input : r.report["inputs"])
        seen |= input.value("path", "") == c + "/plans/x.json/inner.json";
    CHECK(seen);
}

TEST_CASE("a file that disappears between listing and reading is an error naming it",
          "[e2e][hostile]") {
    // Deterministic stand-in for the race: a dangling link is listed like any
    // file and then fails to open with ENOENT, as a deleted file would.
    batch b;
    prepare_batch(b, "plans/vanished.json");
    fs::create_symlink(b.folder.dir + "/nowhere.json", b.bad_file);
    run_prepared(b);
    require_input_error_and_good_case(b);
    CHECK(only_error(b) == "0:0 kan inte läsa filen: finns inte");
}

TEST_CASE("files deleted while the run reads them never crash it", "[e2e][hostile]") {
    // The real race, repeated: a thread deletes half of 2,000 plans while
    // granska lists and reads them. Each file is either read or named in an
    // error; nothing else may happen.
    for (int round = 0; round < 3; ++round) {
        const scratch s;
        const auto c = copy_case(s.dir, "case");
        for (int i = 0; i < 2000; ++i)
            write(c + "/plans/extra-" + std::to_string(i) + ".json",
                  plan_named("extra-" + std::to_string(i)));
        std::thread remover([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20 * round));
            for (int i = 1000; i < 2000; ++i)
                fs::remove(c + "/plans/extra-" + std::to_string(i) + ".json");
        });
        const auto r = check_json({c});
        remover.join();
        INFO(r.raw.err.substr(0, 2000));
        CHECK((r.raw.status == 0 || r.raw.status == 2));
        REQUIRE(r.report.is_object());
        for (const auto& e : r.report["errors"]) {
            const std::string file = e.value("file", "");
            const std::string prefix = c + "/plans/extra-";
            REQUIRE(file.rfind(prefix, 0) == 0);
            CHECK(std::stoi(file.substr(prefix.size())) >= 1000);
            CHECK(e.value("message", "") == "kan inte läsa filen: finns inte");
        }
    }
}

TEST_CASE("a folder with 100,000 submission files is checked", "[e2e][hostile]") {
    // In memory when /dev/shm exists: creating 100,000 files on disk takes
    // longer than checking them.
    const scratch s(true);
    const auto c = copy_case(s.dir, "case");
    for (int i = 0; i < 100000; ++i)
        write(c + "/plans/many/p" + std::to_string(i) + ".json",
              plan_named("p" + std::to_string(i)));
    const auto r = check_json({c});
    INFO(r.raw.err.substr(0, 2000));
    CHECK(r.raw.status == 0);
    REQUIRE(r.report.is_object());
    CHECK(r.report["errors"].empty());
    CHECK(r.report["inputs"].size() == 100003);
    bool counted = false;
    for (const auto& f : r.report["cases"][0]["findings"])
        counted |= f["message"] == "Socialnämnden har 100001 mål.";
    CHECK(counted);
}

TEST_CASE("output (--output) into a folder that does not exist or cannot be written",
          "[e2e][hostile]") {
    // As root nothing is read-only by permission: a regular file as the
    // folder, and /proc, which nobody can create files in, stand in for it.
    const scratch s;
    write(s / "file", "not a folder");
    fs::create_directory(s / "folder");
    const std::vector<std::pair<std::string, std::string>> cases{
        {s / "missing/result.json", "mappen " + s / "missing" + " finns inte"},
        {s / "file/result.json", s / "file" + " är ingen mapp"},
        {s / "folder", "är en mapp"},
        {"/proc/result.json", "finns inte"},
    };
    for (const auto& [target, why] : cases) {
        std::vector<std::string> args{"check",    fixture(), "--as-of",  as_of,
                                      "--format", "json",    "--output", target};
        args.insert(args.end(), own_pack.begin(), own_pack.end());
        const auto r = granska::e2e::run_granska(args);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK(r.err == "granska: fel: kan inte skriva " + target + ": " + why + "\n");
    }
    CHECK(entries(s.dir) == 2); // file and folder: nothing left behind
    CHECK(entries(s / "folder") == 0);
}

TEST_CASE("a run killed while writing --output leaves the previous file and no temporary",
          "[e2e][hostile]") {
    // A report of some megabytes (one finding per overdue action), so that
    // the write takes long enough to be caught with the output file open.
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    std::string plan = granska::e2e::read_file(fixture() + "/plans/sn-2026.json");
    const std::string action =
        R"({"id": "a{}", "description": "Åtgärd", "responsible": "socialnamnden",
     "deadline": "2020-01-01", "measure": "Antal", "follow_up_interval": "P6M", "status": "ongoing"})";
    std::string actions;
    for (int i = 0; i < 20000; ++i) {
        std::string a = action;
        a.replace(a.find("{}"), 2, std::to_string(i));
        actions += (i ? ",\n" : "") + a;
    }
    const auto at = plan.find("\"actions\": [") + 12;
    plan.insert(at, actions + ",\n");
    write(c + "/plans/sn-2026.json", plan);

    const std::string out_dir = s / "out", out = out_dir + "/result.json";
    write(out, "previous\n");
    int caught = 0;
    for (int attempt = 0; attempt < 10 && caught == 0; ++attempt) {
        const pid_t pid =
            spawn_granska({"check", c, "--as-of", as_of, "--format", "json", "--jobs", "1",
                           "--output", out, "--rules", "tests/hostile/rules/hostile.rules",
                           "--policies", "tests/hostile/policies"});
        int status = 0;
        while (::waitpid(pid, &status, WNOHANG) == 0) {
            if (has_file_open_in(pid, out_dir)) {
                ::kill(pid, SIGKILL);
                ::waitpid(pid, &status, 0);
                ++caught;
                break;
            }
        }
        const std::string now = granska::e2e::read_file(out);
        CHECK((now == "previous\n" || json::accept(now)));
        CHECK(entries(out_dir) == 1); // no temporary file left behind
        if (now != "previous\n")
            write(out, "previous\n");
    }
    if (caught == 0)
        WARN("granska never had the output file open when polled; the kill did not hit a write");
    CHECK(caught == 1);
    CHECK(granska::e2e::read_file(out) == "previous\n");
}
