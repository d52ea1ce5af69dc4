// `let v = match p { (a, _, 0) => a, .., _ => break };` runs as jumping arms (JumpArms): an arm that
// moves one field out of the owning local `p` must leave the other fields to `p`'s drop, and not drop
// the moved one again at the end of the loop body.
struct N(String);

impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    for i in 0..3 {
        let p = (N(format!("a{}", i)), N(format!("b{}", i)), i);
        let v = match p {
            (a, _, 0) => a,
            (_, b, 1) => b,
            _ => break,
        };
        println!("got {}", v.0);
    }
    println!("end");
}
