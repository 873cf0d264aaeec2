// Personal identity numbers never leave granska (issue 16, item 2): a number
// in a municipality or body name, a waiver, a file or folder name, or a
// policy text is redacted in every format, on standard error and in trace,
// in every shape: YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN, ten digits with a
// valid check digit, and samordningsnummer (day + 60).
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

using namespace granska::hostile;

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// The digits each planted number shares with no other text in the outputs.
const std::vector<std::string> planted_digits{"811218", "701063", "8112189876"};

void require_no_number(const std::string& what, const std::string& text) {
    INFO(what << ":\n" << text.substr(0, 3000));
    for (const auto& digits : planted_digits)
        CHECK(text.find(digits) == std::string::npos);
}

// The fixture with numbers planted in names, a plan file name and the
// case folder's name, and a waiver file with numbers in its free text.
struct planted {
    scratch s;
    std::string case_dir, waivers;
    planted() {
        case_dir = copy_case(s.dir, "fall-811218-9876");
        for (const char* file : {"/policy.json", "/organisation.json"}) {
            std::string text = granska::e2e::read_file(case_dir + file);
            replace_all(text, "Herrljunga kommun\"", "Herrljunga kommun 19811218-9876\"");
            replace_all(text, "\"Socialnämnden\"", "\"Socialnämnden 701063-2391\"");
            write(case_dir + file, text);
        }
        fs::rename(case_dir + "/plans/sn-2026.json", case_dir + "/plans/198112189876.json");
        waivers = s / "waivers.json";
        write(waivers, R"({"format": "granska-waivers/1", "waivers": [
          {"rule": "H-03", "subject": "hostile-policy",
           "justification": "Beslut om 811218+9876", "decided_by": "KS 8112189876",
           "expires": "2027-06-30"}]})");
    }
};

} // namespace

TEST_CASE("identity numbers in names, waivers and file names are redacted in every format",
          "[e2e][hostile][redaction]") {
    const planted p;
    for (const char* format :
         {"text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html"}) {
        std::vector<std::string> args{"check", p.case_dir,  "--as-of", as_of,    "--format",
                                      format,  "--waivers", p.waivers, "--audit"};
        args.insert(args.end(), own_pack.begin(), own_pack.end());
        const auto r = granska::e2e::run_granska(args);
        CHECK(r.status != 2);
        require_no_number(std::string(format) + " stdout", r.out);
        require_no_number(std::string(format) + " stderr", r.err);
        CHECK(r.out.find("[personnummer]") != std::string::npos);
    }
    // The JSON stays valid, with the numbers replaced inside its strings.
    std::vector<std::string> args{"check",    p.case_dir, "--as-of",   as_of,
                                  "--format", "json",     "--waivers", p.waivers};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    const auto report = json::parse(granska::e2e::run_granska(args).out, nullptr, false);
    REQUIRE(report.is_object());
    CHECK(report["cases"][0]["municipality"]["name"] == "Herrljunga kommun [personnummer]");
}

TEST_CASE("identity numbers in a file named in an input error are redacted on stderr",
          "[e2e][hostile][redaction]") {
    const planted p;
    write(p.case_dir + "/plans/198112189876.json", "{\"format\": ");
    std::vector<std::string> args{"check", p.case_dir, "--as-of", as_of, "-v"};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    const auto r = granska::e2e::run_granska(args);
    CHECK(r.status == 2);
    require_no_number("stderr", r.err);
    require_no_number("stdout", r.out);
    // Text output lists input errors with the findings; -v logs the files on stderr.
    CHECK(r.out.find("fall-[personnummer]/plans/[personnummer].json") != std::string::npos);
}

TEST_CASE("trace does not echo an identity number from policy.txt", "[e2e][hostile][redaction]") {
    const scratch s;
    const std::string dir = s / "herrljunga";
    fs::copy(granska::e2e::source_dir() + "/policies/herrljunga", dir, fs::copy_options::recursive);
    std::string text = granska::e2e::read_file(dir + "/policy.txt");
    text += "\nKommunstyrelsen ska varje år kontakta 811218-9876 och 701063-2391.\n";
    write(dir + "/policy.txt", text);
    for (const char* format : {"text", "json", "html"}) {
        const auto r = granska::e2e::run_granska({"trace", dir, "--format", format});
        CHECK((r.status == 0 || r.status == 1));
        require_no_number(std::string("trace ") + format, r.out + r.err);
        CHECK(r.out.find("kontakta [personnummer] och [personnummer]") != std::string::npos);
    }
}
