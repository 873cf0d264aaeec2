#include "checker/cli/cli_workbook.hpp"

#include "checker/base/file_text.hpp"
#include "checker/base/output.hpp"
#include "checker/load/load.hpp"
#include "checker/load/workbook_read.hpp"
#include "checker/report/workbook_write.hpp"

#include <filesystem>
#include <iostream>
#include <optional>

namespace granska::checker {

namespace {

namespace fs = std::filesystem;

void print(const diagnostics& ds) {
    for (const auto& d : ds)
        std::cerr << render(d) << "\n";
}

} // namespace

int run_convert(const workbook_commands& o) {
    if (!workbook::is_workbook_name(o.convert_input)) {
        std::cerr << "granska: fel: " << o.convert_input << " är ingen .xlsx-arbetsbok\n";
        return 2;
    }
    std::error_code ec;
    if (fs::exists(o.convert_dir, ec) &&
        (!fs::is_directory(o.convert_dir, ec) || !fs::is_empty(o.convert_dir, ec))) {
        // Plans left from an earlier conversion would silently join the case.
        std::cerr << "granska: fel: " << o.convert_dir
                  << " finns redan och är ingen tom mapp; välj en ny mapp\n";
        return 2;
    }
    // The whole case is checked as `granska check` would load it: no file
    // is written for a workbook with an input error.
    const auto loaded = load_case(o.convert_input);
    print(loaded.errors);
    if (!loaded.value)
        return 2;
    std::string error;
    const auto bytes = read_file_text(o.convert_input, error);
    if (!bytes) {
        std::cerr << "granska: fel: " << o.convert_input << ": " << error << "\n";
        return 2;
    }
    const auto book =
        workbook::read_workbook(o.convert_input, *bytes, load_options{}.max_file_size);
    print(book.errors);
    if (book.documents.empty())
        return 2;
    for (const auto& doc : book.documents) {
        const fs::path target = fs::path(o.convert_dir) / doc.name;
        fs::create_directories(target.parent_path(), ec);
        atomic_file file;
        std::string error = file.open(target.string());
        if (error.empty()) {
            file.write(doc.json);
            error = file.commit();
        }
        if (!error.empty()) {
            std::cerr << "granska: fel: " << error << "\n";
            return 2;
        }
    }
    std::cerr << "granska: skrev " << book.documents.size() << " filer till " << o.convert_dir
              << "\n";
    return 0;
}

int run_template(const workbook_commands& o) {
    // Never the clock: the same case and date give the same bytes.
    auto stamp = std::optional(workbook::default_stamp);
    if (!o.template_as_of.empty())
        stamp = calendar::parse_date(o.template_as_of);
    if (!stamp) {
        std::cerr << "granska: fel: --as-of ska vara ett datum ÅÅÅÅ-MM-DD som finns, fick \""
                  << o.template_as_of << "\"\n";
        return 2;
    }
    workbook::write_result written;
    if (o.template_from.empty()) {
        written = workbook::write_template(o.template_output, *stamp);
    } else {
        const auto loaded = load_case(o.template_from);
        print(loaded.errors);
        if (!loaded.value) {
            std::cerr << "granska: fel: fallet " << o.template_from
                      << " har indatafel; ingen arbetsbok skrevs\n";
            return 2;
        }
        written = workbook::write_case(*loaded.value, o.template_output, *stamp);
    }
    print(written.errors);
    return has_errors(written.errors) ? 2 : 0;
}

void set_up_template(CLI::App& cmd, workbook_commands& state) {
    cmd.add_option("workbook", state.template_output, "arbetsboken som skrivs")->required();
    cmd.add_option("--from", state.template_from,
                   "fyll arbetsboken med ett fall (mapp med *.json)");
    cmd.add_option("--as-of", state.template_as_of,
                   "arbetsbokens datum ÅÅÅÅ-MM-DD (standard: 1980-01-01, aldrig klockan)");
}

void set_up_convert(CLI::App& cmd, workbook_commands& state) {
    cmd.add_option("workbook", state.convert_input, "arbetsboken (.xlsx)")->required();
    cmd.add_option("--to", state.convert_to, "målformat (json)")->check(CLI::IsMember({"json"}));
    cmd.add_option("dir", state.convert_dir, "mappen som skrivs (ny eller tom)")->required();
}

} // namespace granska::checker
