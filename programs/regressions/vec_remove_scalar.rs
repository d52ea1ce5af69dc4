// Vec::remove and swap_remove whose element type is held as a scalar (integers, floats, bool, char,
// Box, references): the result used to be asked for as an integer the body never produced (exit 70).
fn main() {
    let mut v: Vec<i64> = vec![1, 2, 3, 4];
    let r = v.remove(0);
    println!("{} {:?}", r, v);
    let s = v.swap_remove(0);
    println!("{} {:?}", s, v);
    let mut f: Vec<f64> = vec![1.5, 2.5, 3.5];
    let x = f.remove(1);
    let y = f.swap_remove(0);
    println!("{} {} {:?}", x, y, f);
    let mut g: Vec<f32> = vec![0.25, 0.5];
    println!("{}", g.remove(1) + 1.0);
    let mut b: Vec<bool> = vec![true, false];
    if b.remove(1) { println!("t"); } else { println!("f"); }
    let mut c: Vec<char> = vec!['a', 'z'];
    println!("{}", c.swap_remove(0));
    let mut u: Vec<u8> = vec![200, 100];
    let z: u8 = u.remove(0);
    println!("{} {}", z, u.len());
    let mut bx: Vec<Box<i32>> = vec![Box::new(7), Box::new(8)];
    let q = bx.remove(0);
    println!("{} {}", q, bx.len());
    let words = vec![String::from("a"), String::from("b")];
    let mut refs: Vec<&String> = vec![&words[0], &words[1]];
    let w = refs.swap_remove(0);
    println!("{}", w);
    let mut i8s: Vec<i8> = vec![-5, 3];
    println!("{}", i8s.remove(0));


}
