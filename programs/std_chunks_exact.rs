//@ run-fail
// slice chunks_exact (with remainder) and rchunks; a chunk size of 0 panics as in std.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    for c in v.chunks_exact(3) {
        println!("{:?}", c);
    }
    let it = v.chunks_exact(2);
    println!("{:?}", it.remainder());
    let sums: Vec<i32> = v.chunks_exact(2).map(|c| c[0] + c[1]).collect();
    println!("{:?}", sums);
    println!("{:?}", v.rchunks(3).collect::<Vec<_>>());
    let a = [1u8, 2, 3, 4];
    println!("{:?}", a.rchunks(2).collect::<Vec<_>>());
    println!("{}", a.chunks_exact(4).count());
    let e: [i32; 0] = [];
    println!("{} {}", e.chunks_exact(2).count(), e.rchunks(2).count());
    let s = &v[1..];
    println!("{:?}", s.chunks_exact(5).next());
    let _ = v.rchunks(0);
}
