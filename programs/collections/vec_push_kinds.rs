// Vec::push of every kind of element: integers of each size, floats, chars, unit, structs that own heap
// memory, nested Vecs (the push compiled in place must read and write exactly what the framed call did).
#[derive(Debug)]
struct P { a: u8, b: i32, s: String }
fn main() {
    let mut v: Vec<i64> = Vec::new();
    for i in 0..20 { v.push(i * 3); }
    println!("{:?} {} {}", v, v.len(), v.capacity());
    let mut w: Vec<u8> = Vec::new();
    w.push(255); w.push(1);
    let mut ps: Vec<P> = Vec::with_capacity(1);
    ps.push(P { a: 1, b: -2, s: String::from("x") });
    ps.push(P { a: 3, b: 4, s: format!("{}", w.len()) });
    let mut z: Vec<()> = Vec::new();
    z.push(()); z.push(());
    let mut f: Vec<f64> = vec![1.5];
    f.push(2.25);
    let mut nested: Vec<Vec<i32>> = Vec::new();
    nested.push(vec![1, 2]);
    let n = nested.len() as i32;
    nested[0].push(n);
    let mut c: Vec<char> = Vec::new();
    c.push('é');
    println!("{:?} {:?} {} {} {:?} {:?} {:?}", w, ps, z.len(), z.capacity() == usize::MAX, f, nested, c);
}
