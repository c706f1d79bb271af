"""Statistics: quantity mentions and the claim-worthy ones (guide section 1)."""
from .models import Claim


def find_quantities(text: str) -> list[Claim]:
    """Every quantity mention in ``text`` as ``kind="quantity"`` claims."""
    return []


def find_statistics(text: str) -> list[Claim]:
    """The claim-worthy quantities in ``text`` as ``kind="statistic"`` claims."""
    return []
