package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Values that do not live long enough (E0597, E0716), references escaping through the return value
 * (E0515), and lifetimes in signatures (E0106). Expected codes and lines are rustc 1.95's.
 */
class LifetimesTest {
  @Test
  void lifetimeElidedOk() {
    assertThat(Frontend.codes("""
        struct P {
            name: String,
        }
        impl P {
            fn name(&self) -> &str {
                &self.name
            }
        }
        fn first(s: &str) -> &str {
            &s[..1]
        }
        fn main() {
            let p = P { name: String::from("x") };
            println!("{} {}", p.name(), first("ab"));
        }
        """)).isEmpty();
  }

  @Test
  void lifetimeHiddenInPaths() {
    assertThat(Frontend.codes("""
        struct Parser<'a> {
            input: &'a str,
        }
        fn rest(p: &Parser) -> &str {
            p.input
        }
        fn word(p: Parser) -> &str {
            p.input
        }
        fn named<'a>(p: Parser<'a>, q: &str) -> &'a str {
            p.input
        }
        fn two(p: Parser, q: &str) -> &str {
            q
        }
        fn main() {}
        """)).containsExactly("E0106@4", "E0106@13");
  }

  @Test
  void lifetimeNoInput() {
    assertThat(Frontend.codes("""
        fn make() -> &str {
            "x"
        }
        fn main() {
            println!("{}", make());
        }
        """)).containsExactly("E0106@1");
  }

  @Test
  void lifetimeStructField() {
    assertThat(Frontend.codes("""
        struct Holder {
            r: &str,
        }
        fn main() {}
        """)).containsExactly("E0106@2");
  }

  @Test
  void lifetimeTwoInputs() {
    assertThat(Frontend.codes("""
        fn pick(a: &str, b: &str) -> &str {
            if a < b { a } else { b }
        }
        fn main() {
            println!("{}", pick("x", "y"));
        }
        """)).containsExactly("E0106@1");
  }

  @Test
  void liveAsStrEscapes() {
    assertThat(Frontend.codes("""
        fn main() {
            let s;
            {
                let owner = String::from("hi");
                s = owner.as_str();
            }
            println!("{}", s);
        }
        """)).containsExactly("E0597@5");
  }

  @Test
  void liveDeadRef() {
    assertThat(Frontend.codes("""
        fn main() {
            let r;
            {
                let short_lived = 42;
                r = &short_lived;
            }
            println!("{}", r);
        }
        """)).containsExactly("E0597@5");
  }

  @Test
  void liveLongest() {
    assertThat(Frontend.codes("""
        fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() > b.len() { a } else { b } }
        fn main() {
            let s1 = String::from("long");
            let result;
            {
                let s2 = String::from("xyz");
                result = longest(s1.as_str(), s2.as_str());
            }
            println!("{}", result);
        }
        """)).containsExactly("E0597@7");
  }

  @Test
  void livePushLocal() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut refs: Vec<&String> = Vec::new();
            for i in 0..3 {
                let s = format!("item{}", i);
                refs.push(&s);
            }
            println!("{}", refs.len());
        }
        """)).containsExactly("E0597@5");
  }

  @Test
  void liveStoredBehindArgument() {
    assertThat(Frontend.codes("""
        fn push_ref(v: &mut Vec<&String>) {
            let s = String::new();
            v.push(&s);
        }
        fn main() {}
        """)).containsExactly("E0597@3");
  }

  @Test
  void liveStoredBehindArgumentNamed() {
    assertThat(Frontend.codes("""
        fn bad(out: &mut Vec<&str>) {
            let s = String::from("x");
            out.push(s.as_str());
        }
        fn bad2<'a>(slot: &mut &'a String) {
            let s = String::from("y");
            *slot = &s;
        }
        fn main() {}
        """)).containsExactly("E0597@3", "E0597@7");
  }

  @Test
  void liveStoredThroughMethod() {
    assertThat(Frontend.codes("""
        struct P<'a> { input: &'a str }
        impl<'a> P<'a> {
            fn set(&mut self, s: &'a str) { self.input = s; }
        }
        fn main() {
            let text = String::from("abc");
            let mut p = P { input: &text };
            {
                let other = String::from("o");
                p.set(&other);
            }
            println!("{}", p.input);
        }
        """)).containsExactly("E0597@10");
  }

  @Test
  void liveTemp() {
    assertThat(Frontend.codes("""
        fn main() {
            let trimmed: &str = String::from("  padded  ").trim();
            println!("[{}]", trimmed);
        }
        """)).containsExactly("E0716@2");
  }

  @Test
  void liveTempExtendedOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let s = &String::from("ok");
            let t: &str = &String::from("ok2");
            println!("{}{}", s, t);
        }
        """)).isEmpty();
  }

  @Test
  void liveTempExtension() {
    assertThat(Frontend.codes("""
        struct W<'a>(&'a String);
        fn id(s: &String) -> &String { s }
        fn main() {
            let a = Some(&String::from("a"));
            let b = W(&String::from("b"));
            let c = (&String::from("c"), 1);
            let d = [&String::from("d")];
            let e = { &String::from("e") };
            let f = if true { &String::from("f") } else { &String::from("g") };
            let g = id(&String::from("h"));
            println!("{:?} {} {:?} {:?} {} {} {}", a, b.0, c, d, e, f, g);
        }
        """)).containsExactly("E0716@10");
  }

  @Test
  void liveUnusedOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut refs: Vec<&String> = Vec::new();
            {
                let s = String::from("a");
                refs.push(&s);
                println!("{}", refs.len());
            }
        }
        """)).isEmpty();
  }

  @Test
  void returnParamOk() {
    assertThat(Frontend.codes("""
        fn first<'a>(a: &'a str, b: &str) -> &'a str {
            let n = b.len();
            if n > 0 { a } else { &a[..0] }
        }
        fn main() {
            println!("{}", first("x", "y"));
        }
        """)).isEmpty();
  }

  @Test
  void returnRefClone() {
    assertThat(Frontend.codes("""
        fn get(v: &Vec<String>) -> &String {
            let local = v.clone();
            &local[0]
        }
        fn main() {}
        """)).containsExactly("E0515@3");
  }

  @Test
  void returnRefLocal() {
    assertThat(Frontend.codes("""
        fn label_for(id: &u32) -> &String {
            let s = format!("id-{}", id);
            &s
        }
        fn main() {
            println!("{}", label_for(&3));
        }
        """)).containsExactly("E0515@3");
  }

  @Test
  void returnSliceLocal() {
    assertThat(Frontend.codes("""
        fn shout(word: &str) -> &str {
            let loud = word.to_uppercase();
            &loud[..]
        }
        fn main() {
            println!("{}", shout("hey"));
        }
        """)).containsExactly("E0515@3");
  }
}
