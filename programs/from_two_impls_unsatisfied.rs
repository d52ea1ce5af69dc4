// `S::from(x)` with no `From` impl for x's type among several: E0277, not a run-time failure.
struct Len { n: usize }

impl From<char> for Len {
    fn from(_c: char) -> Len { Len { n: 1 } }
}

impl From<&str> for Len {
    fn from(s: &str) -> Len { Len { n: s.len() } }
}

fn main() {
    let a = Len::from(5u64); //~ ERROR E0277
    println!("{}", a.n);
}
