# Installation and packages (issue 17). The layout under the prefix:
#   bin/granska
#   share/granska/rules/<pack>/  one folder per rule pack: <pack>.rules, the texts it
#                                cites (policy.txt, statutes/, submission-format.md), tests/
#   share/granska/policies/   the bundled example cases (submission data only)
#   share/granska/docs/       documentation
#   share/granska/schema/     the JSON Schema of the submission format
#   share/man/man1/granska.1
# The binary finds share/granska relative to itself (checker/cli/data_dir.cpp),
# so the tarball unpacks and runs anywhere and the .deb's /usr works the same.
include(GNUInstallDirs)
set(GRANSKA_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/granska)

install(TARGETS granska RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${GRANSKA_INSTALL_DATADIR}/rules
        PATTERN "__pycache__" EXCLUDE PATTERN "*.py" EXCLUDE) # the test generators stay in the source
install(DIRECTORY ${PROJECT_SOURCE_DIR}/policies/ DESTINATION ${GRANSKA_INSTALL_DATADIR}/policies)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${GRANSKA_INSTALL_DATADIR}/docs
        PATTERN "granska.1" EXCLUDE)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schema/ DESTINATION ${GRANSKA_INSTALL_DATADIR}/schema)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${GRANSKA_INSTALL_DATADIR}/docs)
install(FILES ${PROJECT_SOURCE_DIR}/docs/granska.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Packages: `cpack` in the build folder writes granska_<version>_<arch>.deb
# and granska-<version>-Linux-<arch>.tar.gz.
set(CPACK_PACKAGE_NAME granska)
set(CPACK_PACKAGE_VENDOR "granska")
set(CPACK_PACKAGE_CONTACT "granska <granska@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Checks Swedish municipal governing documents against rule packs")
set(CPACK_PACKAGE_DESCRIPTION
    "granska evaluates policies, programmes and plans submitted in the granska/1 JSON format against rule packs that quote the governing policies word for word, and reports findings as text, JSON, SARIF, JUnit, GitHub, GitLab, Markdown, HTML or PDF.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.invalid/granska")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_FILE_NAME
    "granska-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# The shared libraries the binary links (libspdlog, libfmt, libsimdjson,
# libgcrypt, libstdc++ ...) become Depends, computed by dpkg-shlibdeps, so
# `apt install ./granska_*.deb` pulls them in.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# --format pdf prints the HTML report with headless Chromium.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "chromium")
include(CPack)
