// extend() reserves as std's spec_extend does: a TrustedLen iterator (ranges, Vec, arrays, slice
// iterators) reserves its exact length once; others reserve lower + 1 each time the buffer is full.
// A String reserves the lower bound of chars first; string slices and Strings are pushed one by one.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    v.extend(0..3);
    println!("{:?} cap {}", v, v.capacity());
    v.extend(vec![7, 8]);
    println!("{:?} cap {}", v, v.capacity());
    let w = [1, 2, 3, 4];
    v.extend(w.iter());
    println!("{:?} cap {}", v, v.capacity());
    v.extend(&w);
    println!("{:?} cap {}", v, v.capacity());
    v.extend((0..20).filter(|x| x % 3 == 0));
    println!("{:?} cap {}", v, v.capacity());
    let mut u: Vec<i32> = Vec::new();
    u.extend((0..3).filter(|_| true));
    println!("{:?} cap {}", u, u.capacity());
    let mut u: Vec<u8> = Vec::new();
    u.extend("hello".bytes().filter(|_| true));
    println!("{:?} cap {}", u, u.capacity());
    u.extend("hello world".bytes());
    println!("cap {}", u.capacity());
    let mut s = String::new();
    s.extend("abc".chars().rev());
    println!("{:?} cap {}", s, s.capacity());
    s.extend(vec!["de", "fgh", "ijklmnop"]);
    println!("{:?} cap {}", s, s.capacity());
    s.extend(vec![String::from("Q"), String::from("R")]);
    println!("{:?} cap {}", s, s.capacity());
    s.extend(['x', 'y'].iter());
    println!("{:?} cap {}", s, s.capacity());
    let mut names: Vec<String> = vec![String::from("a")];
    names.extend(vec!["b", "c"].into_iter().map(String::from));
    println!("{:?} cap {}", names, names.capacity());
    let mut ws: Vec<&str> = Vec::new();
    ws.extend("a b c d e f".split(' '));
    println!("{:?} cap {}", ws, ws.capacity());
    let mut e = vec![1];
    e.extend(Vec::<i32>::new());
    println!("{:?} cap {}", e, e.capacity());
    fn add(v: &mut Vec<i32>) { v.extend([5, 6, 7]); }
    add(&mut e);
    println!("{:?} cap {}", e, e.capacity());
}
