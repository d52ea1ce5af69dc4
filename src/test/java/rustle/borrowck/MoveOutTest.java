package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Moves out of places that cannot be moved from: borrowed content and Vec indexes (E0507), array
 * elements (E0508), fields of Drop types (E0509). Expected codes and lines are rustc 1.95's.
 */
class MoveOutTest {
  @Test
  void outOfArray() {
    assertThat(Frontend.codes("""
        fn main() {
            let arr = [String::new(), String::new()];
            let a0 = arr[0];
            println!("{}", a0);
        }
        """)).containsExactly("E0508@3");
  }

  @Test
  void outOfBorrowField() {
    assertThat(Frontend.codes("""
        struct Config {
            path: String,
        }
        fn path_of(c: &Config) -> String {
            c.path
        }
        fn main() {
            let c = Config { path: String::from("/tmp") };
            println!("{}", path_of(&c));
        }
        """)).containsExactly("E0507@5");
  }

  @Test
  void outOfBoxOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let b = Box::new(String::from("boxed"));
            let s = *b;
            println!("{}", s);
        }
        """)).isEmpty();
  }

  @Test
  void outOfDerefInMatch() {
    assertThat(Frontend.codes("""
        fn main() {
            let o = Some(String::from("x"));
            let r = &o;
            match *r {
                Some(s) => println!("{}", s),
                None => {}
            }
        }
        """)).containsExactly("E0507@4");
  }

  @Test
  void outOfDerefIntoPush() {
    assertThat(Frontend.codes("""
        fn main() {
            let data = vec![String::from("a"), String::from("b")];
            let first = data[0];
            let mut strs = Vec::new();
            for s in &data { strs.push(*s); }
        }
        """)).containsExactly("E0507@3", "E0507@5");
  }

  @Test
  void outOfDropType() {
    assertThat(Frontend.codes("""
        struct D {
            s: String,
        }
        impl Drop for D {
            fn drop(&mut self) {}
        }
        fn main() {
            let d = D { s: String::new() };
            let s = d.s;
            println!("{}", s);
        }
        """)).containsExactly("E0509@9");
  }

  @Test
  void outOfVecIndex() {
    assertThat(Frontend.codes("""
        fn take_first(v: &Vec<String>) -> String {
            let s = v[0];
            s
        }
        fn main() {
            let v = vec![String::from("x")];
            println!("{}", take_first(&v));
        }
        """)).containsExactly("E0507@2");
  }
}
