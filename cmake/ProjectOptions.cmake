# One INTERFACE target carries the language standard, warnings and Qt strictness
# defines; every project target links it PRIVATE.
add_library(project_options INTERFACE)
target_compile_features(project_options INTERFACE cxx_std_20)
target_compile_options(project_options INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
  -Wno-missing-field-initializers
  $<$<BOOL:${POLICY_STUDIO_WERROR}>:-Werror>)
target_compile_definitions(project_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_KEYWORDS
  # Nothing Qt 6.4 (the oldest Qt we build with) already calls deprecated: Qt 6.5 and later
  # read QT_DISABLE_DEPRECATED_UP_TO, Qt 6.4 reads QT_DISABLE_DEPRECATED_BEFORE.
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  QT_DISABLE_DEPRECATED_BEFORE=0x060500)
