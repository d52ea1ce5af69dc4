// Elements named by one slice pattern are distinct places: `[first, .., last]` through `&mut` borrows
// both mutably at once, and a `rest @ ..` does not overlap the elements before and after it.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    if let [first, .., last] = &mut v[..] {
        std::mem::swap(first, last);
    }
    if let [a, mid @ .., z] = v.as_mut_slice() {
        *a += 10;
        *z += 20;
        for m in mid.iter_mut() {
            *m *= 2;
        }
    }
    println!("{:?}", v);
    let mut arr = [String::from("x"), String::from("y"), String::from("z")];
    let [p, q, r] = &mut arr;
    p.push('1');
    q.push('2');
    r.push('3');
    println!("{:?}", arr);
    let [x, rest @ ..] = arr;
    println!("{} {:?}", x, rest);
}
