// libxml2's HTML parser, for reading built pages in the link checker.
//
// Debian builds libxml2 with ICU, so encoding.h would include ICU's <unicode/ucnv.h>.
// Foundation ships its own copy of ICU's headers (_FoundationICU) whose UErrorCode enum
// differs, and the two clash in a clean build. We never touch the ICU converter fields
// (only pointers to the handler struct), so ICU is switched off for these declarations.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
