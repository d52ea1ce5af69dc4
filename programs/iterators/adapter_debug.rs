// Debug of rev, step_by, enumerate, skip and take shows std's fields (StepBy keeps the step less one);
// each was a false E0277.
fn main() {
    let mut a = (0..10).step_by(3);
    println!("{:?}", a);
    a.next();
    println!("{:?}", a);
    a.next();
    println!("{:?}", a);
    println!("{:?}", (0usize..=9).step_by(4));
    println!("{:?}", (-5i64..5).rev().step_by(2));
    let mut t = (1..9).take(3);
    t.next();
    println!("{:?}", t);
    let mut s = (1..=9).skip(3);
    s.next();
    println!("{:?}", s);
    let mut e = (1..9).enumerate();
    e.next();
    println!("{:?}", e);
    let mut r = (1..9).rev();
    r.next();
    println!("{:?}", r);
    println!("{:#?}", (1..=9).rev().step_by(2));
    println!("{:?}", (0..20).step_by(5).collect::<Vec<_>>());
    println!("{:?}", (1..9).skip(2).step_by(3).enumerate().take(2));
}
