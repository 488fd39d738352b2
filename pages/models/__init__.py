from .contact import ContactPage, ContactPerson
from .content import ContentPage
from .home import HomePage
from .legal import AccessibilityStatementPage, PrivacyNoticePage
from .navigation import NavigationSettings
from .news import NewsIndexPage, NewsPage
from .services import ServiceCategory, ServiceIndexPage, ServicePage, ServiceRelation
from .settings import InstitutionSettings

__all__ = [
    "AccessibilityStatementPage",
    "ContactPage",
    "ContactPerson",
    "ContentPage",
    "HomePage",
    "InstitutionSettings",
    "NavigationSettings",
    "NewsIndexPage",
    "NewsPage",
    "PrivacyNoticePage",
    "ServiceCategory",
    "ServiceIndexPage",
    "ServicePage",
    "ServiceRelation",
]
