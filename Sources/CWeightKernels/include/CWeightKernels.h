#ifndef CWEIGHTKERNELS_H
#define CWEIGHTKERNELS_H

#include <stdint.h>

// The two inner loops of scoring with the tagger's and the parser's weight tables (`WeightTable.addScores`) that
// Swift cannot write as well: a cache prefetch (`_mm_prefetch` is a macro, out of Swift's reach) and the sum of the
// dense rows with the best vector instructions the processor has, chosen when the program runs, so that the binary
// still runs on every x86-64 processor.

/// Asks the processor to bring the cache line at `address` into its caches, without waiting for it: the look-ups are
/// memory-bound, and a prefetch, unlike a load, retires at once, so the work that follows is not held up behind the
/// miss.
static inline __attribute__((always_inline)) void cweights_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// Adds `count` dense rows of 16-bit weights to the 32-bit `sums` of `stride` classes (a multiple of 16): row r starts
/// at `base + offsets[r]`. The sums stay in vector registers while the rows go by, sixteen classes at a time, with
/// AVX2 where the processor has it (checked once) and SSE2 otherwise; the sums are the same integers either way.
void cweights_add_rows(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums);

/// The two versions `cweights_add_rows` chooses between (the AVX2 one only where the processor has AVX2), for tests.
void cweights_add_rows_sse2(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums);
void cweights_add_rows_avx2(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums);

#endif
