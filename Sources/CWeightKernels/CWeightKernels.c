#include "CWeightKernels.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

void cweights_add_rows_baseline(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums) {
    for (long c = 0; c < stride; c += 16) {
        __m128i a0 = _mm_loadu_si128((const __m128i *)(sums + c));
        __m128i a1 = _mm_loadu_si128((const __m128i *)(sums + c + 4));
        __m128i a2 = _mm_loadu_si128((const __m128i *)(sums + c + 8));
        __m128i a3 = _mm_loadu_si128((const __m128i *)(sums + c + 12));
        for (long r = 0; r < count; r++) {
            const int16_t *row = base + offsets[r] + c;
            __m128i w0 = _mm_loadu_si128((const __m128i *)row);
            __m128i w1 = _mm_loadu_si128((const __m128i *)(row + 8));
            // SSE2 has no sign extension: each 16-bit weight goes into the high half of a lane, then shifts down.
            a0 = _mm_add_epi32(a0, _mm_srai_epi32(_mm_unpacklo_epi16(w0, w0), 16));
            a1 = _mm_add_epi32(a1, _mm_srai_epi32(_mm_unpackhi_epi16(w0, w0), 16));
            a2 = _mm_add_epi32(a2, _mm_srai_epi32(_mm_unpacklo_epi16(w1, w1), 16));
            a3 = _mm_add_epi32(a3, _mm_srai_epi32(_mm_unpackhi_epi16(w1, w1), 16));
        }
        _mm_storeu_si128((__m128i *)(sums + c), a0);
        _mm_storeu_si128((__m128i *)(sums + c + 4), a1);
        _mm_storeu_si128((__m128i *)(sums + c + 8), a2);
        _mm_storeu_si128((__m128i *)(sums + c + 12), a3);
    }
}

__attribute__((target("avx2")))
void cweights_add_rows_avx2(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums) {
    for (long c = 0; c < stride; c += 16) {
        __m256i low = _mm256_loadu_si256((const __m256i *)(sums + c));
        __m256i high = _mm256_loadu_si256((const __m256i *)(sums + c + 8));
        for (long r = 0; r < count; r++) {
            const int16_t *row = base + offsets[r] + c;
            low = _mm256_add_epi32(low, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)row)));
            high = _mm256_add_epi32(high, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(row + 8))));
        }
        _mm256_storeu_si256((__m256i *)(sums + c), low);
        _mm256_storeu_si256((__m256i *)(sums + c + 8), high);
    }
}

void cweights_add_rows(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums) {
    // 1 with AVX2, 0 without, -1 before the first call (threads that race here all write the same value).
    static int hasAVX2 = -1;
    if (hasAVX2 < 0) {
        __builtin_cpu_init();
        hasAVX2 = __builtin_cpu_supports("avx2") ? 1 : 0;
    }
    if (hasAVX2) {
        cweights_add_rows_avx2(base, offsets, count, stride, sums);
    } else {
        cweights_add_rows_baseline(base, offsets, count, stride, sums);
    }
}

#else

// Other processors (arm64): plain loops over sixteen classes at a time, which the compiler vectorises (NEON).
void cweights_add_rows_baseline(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums) {
    for (long c = 0; c < stride; c += 16) {
        int32_t acc[16];
        for (int k = 0; k < 16; k++) acc[k] = sums[c + k];
        for (long r = 0; r < count; r++) {
            const int16_t *row = base + offsets[r] + c;
            for (int k = 0; k < 16; k++) acc[k] = (int32_t)((uint32_t)acc[k] + (uint32_t)(int32_t)row[k]);
        }
        for (int k = 0; k < 16; k++) sums[c + k] = acc[k];
    }
}

void cweights_add_rows(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums) {
    cweights_add_rows_baseline(base, offsets, count, stride, sums);
}

#endif
