//@ run-fail
// Indexing past the end panics; the debugger shows the state before and the end of the run.
fn pick(v: &Vec<u8>, i: usize) -> u8 {
    v[i]
}

fn main() {
    let v: Vec<u8> = vec![1, 2, 3];
    let a = pick(&v, 1);
    println!("picked {}", a);
    let b = pick(&v, 7);
    println!("picked {}", b);
}
