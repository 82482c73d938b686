/* TEST-ONLY stand-in for Windows' icuuc.dll, for running the Windows Qt under Wine.
 *
 * Since Qt 6.7, Qt6Core.dll imports ICU's character converters (ucnv_*) from the
 * icuuc.dll that Windows 10 1703 and later carry in system32. Wine has no such DLL, so
 * Qt6Core.dll does not even load. This DLL exports the functions Qt imports and reports
 * every converter as unavailable: Qt then keeps to its built-in UTF-8, UTF-16 and Latin-1
 * codecs, which is all the app uses.
 *
 * packaging/windows_build.py builds it with MinGW (x86_64-w64-mingw32-gcc), checks that
 * it defines every icuuc function Qt6Core.dll imports, and copies it into the Wine
 * prefix's system32 only. It is never put into the bundle or the installer: on Windows
 * the real icuuc.dll is used.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef uint16_t UChar;
typedef int32_t UChar32;
typedef int8_t UBool;
typedef int UErrorCode;
typedef struct UConverter UConverter;
typedef void *Args; /* UConverterFromUnicodeArgs / UConverterToUnicodeArgs */
typedef void (*Callback)(void);

enum { U_ILLEGAL_ARGUMENT_ERROR = 1, U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err, UErrorCode code)
{
    if (err && *err <= 0)
        *err = code;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    fail(err, U_FILE_ACCESS_ERROR); /* what ICU says for a converter it does not have */
    return NULL;
}

EXPORT void ucnv_close(UConverter *converter) { (void)converter; }
EXPORT void ucnv_reset(UConverter *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *converter) { (void)converter; return 1; }

EXPORT const char *ucnv_getName(const UConverter *converter, UErrorCode *err)
{
    (void)converter;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
    return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name; (void)standard; (void)err;
    return NULL; /* "no such name", not an error in ICU */
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, Args args, const UChar *units,
                                            int32_t length, UChar32 code_point, int reason,
                                            UErrorCode *err)
{
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason;
    (void)err;
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, Args args, const char *units,
                                          int32_t length, int reason, UErrorCode *err)
{
    (void)context; (void)args; (void)units; (void)length; (void)reason; (void)err;
}

EXPORT void ucnv_getToUCallBack(const UConverter *converter, Callback *action, const void **context)
{
    (void)converter;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const UConverter *converter, Callback *action,
                                  const void **context)
{
    (void)converter;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

EXPORT void ucnv_setToUCallBack(UConverter *converter, Callback action, const void *context,
                                Callback *old_action, const void **old_context, UErrorCode *err)
{
    (void)converter; (void)action; (void)context;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_setFromUCallBack(UConverter *converter, Callback action, const void *context,
                                  Callback *old_action, const void **old_context, UErrorCode *err)
{
    (void)converter; (void)action; (void)context;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    fail(err, U_ILLEGAL_ARGUMENT_ERROR);
}

EXPORT void ucnv_cbToUWriteUChars(Args args, const UChar *source, int32_t length, int32_t offset,
                                  UErrorCode *err)
{
    (void)args; (void)source; (void)length; (void)offset;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_cbFromUWriteUChars(Args args, const UChar **source, const UChar *limit,
                                    int32_t offset, UErrorCode *err)
{
    (void)args; (void)source; (void)limit; (void)offset;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit,
                           const char **source, const char *source_limit, int32_t *offsets,
                           UBool flush, UErrorCode *err)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit,
                             const UChar **source, const UChar *source_limit, int32_t *offsets,
                             UBool flush, UErrorCode *err)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *err)
{
    (void)converter; (void)err;
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *err)
{
    (void)converter; (void)err;
    return 0;
}
