// Printing the HTML briefing to PDF with headless Chromium, under a time
// limit, through a private temporary folder that is removed on every path out.
#pragma once

#include <string>

namespace positions::cli {

// The program is $POSITIONS_CHROMIUM if set, else the first of `chromium`,
// `chromium-browser`, `google-chrome` on the PATH. Returns the PDF's bytes.
// Throws WriteError, naming `target` and saying why, with the command that
// prints the HTML by hand, when no browser is found or printing fails.
std::string print_pdf(const std::string& html, double timeout_seconds, const std::string& target);

// The command that prints an HTML file to PDF by hand, for messages and docs.
std::string print_pdf_command(const std::string& html_file, const std::string& pdf_file);

}  // namespace positions::cli
