#include "checker/cli.hpp"

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
    try {
        return granska::checker::run_cli(argc, argv);
    } catch (const std::exception& e) {
        // Only bugs get here: every expected problem is a diagnostic.
        std::fprintf(stderr, "granska: internt fel: %s\n", e.what());
        return 2;
    }
}
