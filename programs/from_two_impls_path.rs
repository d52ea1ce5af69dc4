// Two `From` impls for one type: `S::from(x)` and `x.into()` choose the impl by the argument's type.
#[derive(Debug)]
struct Len { n: usize }

impl From<char> for Len {
    fn from(c: char) -> Len { Len { n: c.len_utf8() } }
}

impl From<&str> for Len {
    fn from(s: &str) -> Len { Len { n: s.len() } }
}

fn main() {
    let a = Len::from("abc");
    let b = Len::from('é');
    let c: Len = "hello".into();
    let d: Len = 'x'.into();
    let e = <Len as From<&str>>::from("zz");
    println!("{:?} {:?} {:?} {:?} {:?}", a, b, c, d, e);
}
