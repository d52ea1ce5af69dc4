// A break whose value is a block that jumps (to the same loop, or to an outer one) and a break with a
// unit block value that prints: the jump inside the value wins, and the unit value still runs.
fn main() {
    for i in 0..3 {
        let x = 'inner: loop {
            break 'inner {
                if i == 1 {
                    break 'inner 10;
                }
                i * 2
            };
        };
        println!("x {}", x);
    }
    let mut n = 0;
    loop {
        n += 1;
        break {
            println!("leaving after {}", n);
        };
    }
    println!("end");
}
