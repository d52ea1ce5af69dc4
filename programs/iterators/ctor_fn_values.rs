// Tuple struct and variant constructors used as function values: passed to map, stored, called.
#[derive(Debug)]
struct W(i32, u8);
#[derive(Debug)]
enum E { A(String), B }
fn apply<F: Fn(i32) -> Option<i32>>(f: F, x: i32) -> Option<i32> { f(x) }
fn main() {
    let v: Vec<Option<i32>> = (1..4).map(Some).collect();
    let w: Vec<W> = v.iter().map(|o| o.unwrap()).zip([1u8, 2, 3]).map(|(a, b)| W(a, b)).collect();
    let e: Vec<E> = vec![String::from("x")].into_iter().map(E::A).collect();
    let r: Vec<Result<i32, String>> = vec![1, 2].into_iter().map(Ok).collect();
    println!("{:?} {:?} {:?} {:?} {:?}", v, w, e, r, E::B);
    let a2 = Some(3).map(Some);
    let b: Result<i32, String> = Ok(2);
    let c = b.map(Some).ok();
    let g = Some;
    println!("{:?} {:?} {:?} {:?}", a2, c, g(5), apply(Some, 7));
}
