# Compile time (issue 17). A clean build of the binary was five to six
# minutes on two cores, mostly not our own code: each translation unit
# re-instantiated nlohmann::json, fmt, CLI11 and Spirit X3 templates, and -O2
# then optimised the same inline functions once per file. Two remedies:
#  - a unity build: each phase library compiles its sources in batches, so a
#    batch instantiates and optimises the shared templates once. Its hazard is
#    two files of a folder defining helpers of the same name: the other file's
#    overload can be chosen silently. ci/unity-names.py (a test) refuses that;
#    ci/sanitize.sh builds without batches, so a missing #include that a batch
#    hides still fails a build in CI;
#  - RelWithDebInfo with line tables only (-g1): what a backtrace, a sanitizer
#    report and perf need; full variable info (-g) cost a quarter of the time.
#    Debug builds keep -g.
# A precompiled header was measured and dropped: the phases differ in their
# definitions, so one shared header is refused by most of them, and one per
# phase costs more to build than it saves. BENCHMARKS.md ("Build time").
# One batch per phase (0) gave the shortest clean build, 97 s against 117 s
# with batches of 12 and 127 s with 6: the phases are already nine units of
# work for two cores. An edit recompiles its whole phase (at most about 35 s);
# while editing one folder, -DGRANSKA_UNITY_BATCH=4 or -DGRANSKA_UNITY_BUILD=OFF.
option(GRANSKA_UNITY_BUILD "Compile each phase library in batches (unity build)" ON)
set(GRANSKA_UNITY_BATCH 0 CACHE STRING "Sources per unity batch (0: the whole phase)")

# Only where the cache still holds CMake's default: -D on the command line wins.
if(CMAKE_CXX_FLAGS_RELWITHDEBINFO STREQUAL "-O2 -g -DNDEBUG")
  set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O2 -g1 -DNDEBUG")
endif()

# ccache when present: rebuilds and sibling checkouts reuse objects.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

# granska_build_speed(TARGET): unity batches for one of our libraries.
function(granska_build_speed target)
  if(GRANSKA_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON
                                               UNITY_BUILD_BATCH_SIZE ${GRANSKA_UNITY_BATCH})
  endif()
endfunction()
