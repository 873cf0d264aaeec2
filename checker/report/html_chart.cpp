#include "checker/report/html_chart.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker {

namespace {

// Geometry in SVG user units (CSS pixels at 100 %).
constexpr double row_height = 30;
constexpr double bar_height = 18;
constexpr double legend_height = 34;
constexpr double axis_height = 44;
constexpr double plot_width = 340;
constexpr double totals_width = 250; // room for "12 fel, 3 varningar, 4 information"
constexpr std::size_t max_label_chars = 36;

struct level_style {
    const char* name;   // legend and table header
    const char* fill;   // solid colour or pattern reference suffix
    const char* stroke; // outline: ≥ 3:1 against white, so the shape stands without its fill
};

// Error: solid dark red; warning: dark amber hatching; info: blue dots. The
// patterns keep the levels apart in greyscale print and for colour blindness.
constexpr level_style level_styles[3] = {
    {"Fel", "#a4161a", "#a4161a"},
    {"Varning", "url(#{id}-varning)", "#7a4a00"},
    {"Information", "url(#{id}-information)", "#1d4f91"},
};

std::size_t utf8_length(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Cuts a long label at a character boundary; the table keeps the full text.
std::string shorten(const std::string& s) {
    if (utf8_length(s) <= max_label_chars)
        return s;
    std::size_t chars = 0, i = 0;
    for (; i < s.size(); ++i)
        if ((s[i] & 0xC0) != 0x80 && ++chars > max_label_chars - 1)
            break;
    return s.substr(0, i) + "…";
}

// A "nice" tick step (1, 2, 5, 10, 20, ...) giving at most 8 intervals.
std::size_t tick_step(std::size_t max_total) {
    for (std::size_t magnitude = 1;; magnitude *= 10)
        for (const std::size_t m : {1, 2, 5})
            if (max_total <= 8 * m * magnitude)
                return m * magnitude;
}

std::string number(double v) {
    return fmt::format("{:.1f}", v);
}

std::string defs(const std::string& id) {
    return fmt::format(R"svg(<defs>
<pattern id="{0}-varning" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6d58e"/><rect width="3" height="6" fill="#7a4a00"/></pattern>
<pattern id="{0}-information" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="#d4e3f7"/><circle cx="3" cy="3" r="1.6" fill="#1d4f91"/></pattern>
</defs>
)svg",
                       id);
}

std::string fill_of(int level, const std::string& id) {
    return fmt::format(fmt::runtime(level_styles[level].fill), fmt::arg("id", id));
}

std::string legend(const std::string& id, double x0) {
    std::string out = R"(<g class="legend">)";
    double x = x0;
    for (int l = 0; l < 3; ++l) {
        out += fmt::format(R"(<rect x="{}" y="8" width="16" height="16" fill="{}" stroke="{}"/>)",
                           number(x), fill_of(l, id), level_styles[l].stroke);
        out +=
            fmt::format(R"(<text x="{}" y="21">{}</text>)", number(x + 22), level_styles[l].name);
        x += 22 + 8.0 * static_cast<double>(std::string_view(level_styles[l].name).size()) + 24;
    }
    return out + "</g>\n";
}

std::string description(const bar_chart& chart) {
    std::string out = "Antal fynd per rad och nivå.";
    for (const auto& r : chart.rows)
        out += fmt::format(" {}: {}.", r.label, count_phrase(r.counts));
    return out + " Samma siffror finns i tabellen under diagrammet.";
}

std::string svg(const bar_chart& chart) {
    std::size_t longest = 4, max_total = 0;
    for (const auto& r : chart.rows) {
        longest = std::max(longest, utf8_length(shorten(r.label)));
        max_total = std::max(max_total, r.counts[0] + r.counts[1] + r.counts[2]);
    }
    const double label_width = std::clamp(7.4 * static_cast<double>(longest) + 16, 120.0, 300.0);
    const std::size_t step = tick_step(std::max<std::size_t>(max_total, 1));
    const std::size_t axis_max = ((std::max<std::size_t>(max_total, 1) + step - 1) / step) * step;
    const double unit = plot_width / static_cast<double>(axis_max);
    const double width = label_width + plot_width + totals_width;
    const double plot_top = legend_height;
    const double plot_bottom = plot_top + row_height * static_cast<double>(chart.rows.size());
    const double height = plot_bottom + axis_height;
    const std::string& id = chart.id;

    std::string out = fmt::format(
        R"(<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{0}-title {0}-desc" viewBox="0 0 {1} {2}" width="{1}" height="{2}" class="chart-svg">)"
        "\n<title id=\"{0}-title\">{3}</title>\n<desc id=\"{0}-desc\">{4}</desc>\n",
        id, number(width), number(height), html_escape(chart.title),
        html_escape(description(chart)));
    out += defs(id);
    out += legend(id, label_width);

    // Grid lines and tick labels first, so bars are drawn over them.
    out += R"(<g class="axis">)";
    for (std::size_t t = 0; t <= axis_max; t += step) {
        const double x = label_width + unit * static_cast<double>(t);
        out += fmt::format(
            R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#767676" stroke-width="{3}"/>)",
            number(x), number(plot_top), number(plot_bottom + 4), t == 0 ? "1.5" : "0.5");
        out += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{}</text>)", number(x),
                           number(plot_bottom + 18), t);
    }
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">Antal fynd</text></g>)",
                       number(label_width + plot_width / 2), number(plot_bottom + 38));
    out += "\n";

    for (std::size_t i = 0; i < chart.rows.size(); ++i) {
        const auto& r = chart.rows[i];
        const double y = plot_top + row_height * static_cast<double>(i);
        const double bar_y = y + (row_height - bar_height) / 2;
        const double text_y = y + row_height / 2 + 4.5;
        out += fmt::format(R"(<g class="row"><text x="{}" y="{}" text-anchor="end">{}</text>)",
                           number(label_width - 8), number(text_y), html_escape(shorten(r.label)));
        double x = label_width;
        for (int l = 0; l < 3; ++l) {
            if (r.counts[l] == 0)
                continue;
            const double w = unit * static_cast<double>(r.counts[l]);
            // A 1-unit gap inside the stroke keeps adjacent segments apart.
            out += fmt::format(
                R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}" stroke-width="1.5"><title>{}: {}</title></rect>)",
                number(x + 0.75), number(bar_y), number(std::max(w - 1.5, 1.0)), number(bar_height),
                fill_of(l, id), level_styles[l].stroke, html_escape(r.label),
                count_phrase({l == 0 ? r.counts[0] : 0, l == 1 ? r.counts[1] : 0,
                              l == 2 ? r.counts[2] : 0}));
            x += w;
        }
        const bool none = r.counts[0] + r.counts[1] + r.counts[2] == 0;
        out += fmt::format(R"(<text x="{}" y="{}">{}</text></g>)", number(x + 8), number(text_y),
                           none ? "i ordning" : html_escape(count_phrase(r.counts)));
        out += "\n";
    }
    return out + "</svg>\n";
}

std::string data_table(const bar_chart& chart) {
    std::string out = fmt::format(
        "<table class=\"chart-data\">\n<caption>{}: siffrorna i diagrammet</caption>\n"
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">Fel</th><th "
        "scope=\"col\">Varning</th>"
        "<th scope=\"col\">Information</th><th scope=\"col\">Totalt</th></tr></thead>\n<tbody>\n",
        html_escape(chart.title), html_escape(chart.row_header));
    std::array<std::size_t, 3> sum{};
    for (const auto& r : chart.rows) {
        const std::size_t total = r.counts[0] + r.counts[1] + r.counts[2];
        out += fmt::format(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            html_escape(r.label), r.counts[0], r.counts[1], r.counts[2],
            total == 0 ? std::string("0 (i ordning)") : std::to_string(total));
        for (int l = 0; l < 3; ++l)
            sum[l] += r.counts[l];
    }
    out += fmt::format(
        "</tbody>\n<tfoot><tr><th scope=\"row\">Summa</th><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td></tr></tfoot>\n</table>\n",
        sum[0], sum[1], sum[2], sum[0] + sum[1] + sum[2]);
    return out;
}

} // namespace

std::string count_phrase(const std::array<std::size_t, 3>& counts) {
    std::vector<std::string> parts;
    if (counts[0])
        parts.push_back(fmt::format("{} fel", counts[0]));
    if (counts[1])
        parts.push_back(fmt::format("{} {}", counts[1], counts[1] == 1 ? "varning" : "varningar"));
    if (counts[2])
        parts.push_back(fmt::format("{} information", counts[2]));
    if (parts.empty())
        return "inga fynd";
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string render_chart(const bar_chart& chart) {
    return fmt::format(
        "<figure class=\"chart\" id=\"{}\">\n<figcaption>{}</figcaption>\n{}{}</figure>\n",
        html_escape(chart.id), html_escape(chart.title), svg(chart), data_table(chart));
}

} // namespace granska::checker
