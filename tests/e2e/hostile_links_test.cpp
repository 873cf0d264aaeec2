// A symbolic link inside a case that points outside it (issue 16, item 6)
// is an input error naming the link; the target is never read, so not a
// byte of it reaches an error excerpt, a report or a CI log.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

using namespace granska::hostile;

TEST_CASE("a link to a file outside the case is refused without reading it",
          "[e2e][hostile][links]") {
    batch b;
    prepare_batch(b, "plans/leak.json");
    // Not JSON: were it read, its first line would be the error's excerpt.
    write(b.folder / "secret.txt", "HEMLIG-RAD root:x:0:0\n");
    fs::create_symlink(b.folder / "secret.txt", b.bad_file);
    run_prepared(b);
    require_input_error_and_good_case(b);
    CHECK(only_error(b) ==
          "0:0 är en symbolisk länk till en fil utanför fallmappen; den läses inte");
    CHECK(b.result.raw.out.find("HEMLIG") == std::string::npos);
    CHECK(b.result.raw.err.find("HEMLIG") == std::string::npos);

    std::vector<std::string> text{"check", b.bad_case, "--as-of", as_of};
    text.insert(text.end(), own_pack.begin(), own_pack.end());
    const auto r = granska::e2e::run_granska(text);
    CHECK(r.status == 2);
    CHECK((r.out + r.err).find("HEMLIG") == std::string::npos);
    CHECK(r.out.find(b.bad_file + ": fel: är en symbolisk länk till en fil utanför fallmappen") !=
          std::string::npos);
}

TEST_CASE("a link to a file inside the case is still read", "[e2e][hostile][links]") {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    fs::create_directory(c + "/store");
    fs::rename(c + "/plans/sn-2026.json", c + "/store/sn-2026.txt");
    fs::create_symlink("../store/sn-2026.txt", c + "/plans/sn-2026.json");
    const auto r = check_json({c});
    CHECK(r.raw.status == 0);
    REQUIRE(r.report.is_object());
    CHECK(r.report["errors"].empty());
    CHECK(r.report["cases"][0]["findings"].size() == fixture_findings());
}
