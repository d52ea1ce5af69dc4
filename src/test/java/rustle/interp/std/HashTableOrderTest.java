package rustle.interp.std;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rustle.cli.InProcess;

/**
 * rustle's tables hash with SipHash-1-3 under fixed keys (0, 0) and place buckets as hashbrown does, so
 * a map's iteration order is the one std gives with {@code BuildHasherDefault<DefaultHasher>}. The
 * expected values were printed by rustc 1.95 from the same programs written with that hasher:
 *
 * <pre>
 * type Fixed = BuildHasherDefault&lt;DefaultHasher&gt;;
 * let mut words: HashMap&lt;&amp;str, usize, Fixed&gt; = HashMap::default();   // then the same calls
 * let mut h = DefaultHasher::new(); 5i32.hash(&amp;mut h); println!("{:x}", h.finish());
 * </pre>
 */
class HashTableOrderTest {
  @TempDir Path dir;

  private static long sip(byte... bytes) {
    return KeyHash.sip13(0, 0, bytes, bytes.length);
  }

  @Test
  void keysHashAsDefaultHasherDoes() {
    // 5i32: four little-endian bytes; "abc": its bytes then 0xff; (1u8, 'x', true): 1 + 4 + 1 bytes.
    assertThat(Long.toHexString(sip((byte) 5, (byte) 0, (byte) 0, (byte) 0))).isEqualTo("cdc915681702006f");
    assertThat(Long.toHexString(sip((byte) 'a', (byte) 'b', (byte) 'c', (byte) 0xff))).isEqualTo("ef09e0f4895a251d");
    assertThat(Long.toHexString(sip((byte) 1, (byte) 'x', (byte) 0, (byte) 0, (byte) 0, (byte) 1)))
        .isEqualTo("1074f70bdb39c2c3");
    byte[] s = "héllo wörld, a longer key".getBytes(StandardCharsets.UTF_8);
    byte[] stream = java.util.Arrays.copyOf(s, s.length + 1);
    stream[s.length] = (byte) 0xff;
    assertThat(Long.toHexString(KeyHash.sip13(0, 0, stream, stream.length))).isEqualTo("61696ef3cdf26e07");
  }

  @Test
  void iterationOrderIsHashbrownsUnderTheFixedHasher() throws Exception {
    InProcess.Result r = InProcess.runSource(dir, "main.rs", """
        use std::collections::{HashMap, HashSet};
        fn main() {
            let mut words: HashMap<&str, usize> = HashMap::new();
            for w in ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "and", "then",
                      "some", "more", "words", "arrive", "here"] {
                let n = words.len();
                words.entry(w).or_insert(n);
            }
            words.remove("lazy");
            words.remove("then");
            words.insert("late", 99);
            println!("{:?}", words);
            let mut nums: HashSet<u64> = HashSet::new();
            for i in 0..40u64 { nums.insert(i * i % 97); }
            println!("{:?}", nums);
            let mut pairs: HashMap<(char, i8), String> = HashMap::new();
            let mut i = 0;
            for c in "hashbrown".chars() { pairs.insert((c, i as i8 - 4), c.to_string().repeat(i % 3 + 1)); i += 1; }
            println!("{:?}", pairs);
            let mut a: HashSet<i32> = HashSet::new();
            let mut b: HashSet<i32> = HashSet::new();
            for i in 0..10 { a.insert(i * 2); }
            for i in 0..6 { b.insert(i * 3); }
            for x in a.union(&b) { print!("{} ", x); }
            println!();
            for x in b.symmetric_difference(&a) { print!("{} ", x); }
            println!();
        }
        """);
    assertWithMessage(r.describe()).that(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEqualTo(
        "{\"over\": 5, \"more\": 11, \"fox\": 3, \"dog\": 7, \"brown\": 2, \"jumps\": 4, \"and\": 8, \"arrive\": 13, "
            + "\"the\": 0, \"some\": 10, \"late\": 99, \"here\": 14, \"words\": 12, \"quick\": 1}\n"
            + "{0, 49, 35, 94, 70, 65, 43, 9, 4, 61, 22, 25, 2, 50, 1, 72, 31, 64, 16, 47, 62, 53, 81, 96, 91, 8, "
            + "33, 86, 66, 11, 88, 95, 89, 44, 12, 54, 3, 24, 36, 27}\n"
            + "{('b', 0): \"bb\", ('r', 1): \"rrr\", ('n', 4): \"nnn\", ('h', -4): \"h\", ('a', -3): \"aa\", "
            + "('w', 3): \"ww\", ('h', -1): \"h\", ('o', 2): \"o\", ('s', -2): \"sss\"}\n"
            + "0 2 6 4 16 10 8 12 14 18 15 3 9 \n"
            + "15 3 9 2 4 16 10 8 14 18 \n");
  }
}
